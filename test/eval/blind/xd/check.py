#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Swift basics probe set, an Obsidian vault)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "SwiftUI": ["swiftui", "@state", "observableobject", "@published", "some view"],
    "Core Data / persistence": ["core data", "coredata", "nsmanagedobject", "userdefaults", "persistent"],
    "Codable / JSON": ["codable", "decodable", "jsondecoder", "json", "encodable"],
    "unit testing": ["xctest", "xctassert", "юнит", "unit test", "тест"],
    "dependency managers": ["spm", "swift package", "cocoapods", "podfile", "carthage"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["опционалами", "замыканиями", "свойствах", "структурами"]

# the vault's notes: every Markdown file in any folder (Swift/, Templates/, the MOC at the root)
check(HERE, "**/*.md", OOS_TOPICS, INFLECTION_ABSENT)
