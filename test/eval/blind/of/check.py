#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Nix/NixOS probe set, an Obsidian vault: one .canvas and three .md notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "home-manager": ["home-manager", "home manager", "хоум-менеджер", "хоум менеджер", "dotfiles", "дотфайл"],
    "nix-darwin / macOS": ["darwin", "macos", "макос", "дарвин", "макбук"],
    "secrets (agenix, sops-nix)": ["agenix", "sops", "секрет", "зашифр", "шифрован"],
    "container images (dockerTools)": ["docker", "докер", "контейнер", "образ"],
    "remote deployment": ["deploy-rs", "colmena", "nixops", "деплой", "target-host", "удален"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["поколениями", "песочнице", "флейками"]

# the vault's notes: «Nix карта.canvas» and three .md notes (no other files in notes/)
check(HERE, "*.*", OOS_TOPICS, INFLECTION_ABSENT)
