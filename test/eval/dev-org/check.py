#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Vim probe set, Emacs Org-mode notes saved as .txt)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (Org keyword lines included)
OOS_TOPICS = {
    "Neovim Lua config": ["neovim", "nvim", "lua", "init.lua"],
    "LSP / completion": ["lsp", "language server", "автодополн", "автокомплит", "completion", "omnifunc", "coc"],
    "folding": ["fold", "фолд", "сверн", "сверт", "свёр"],
    "spell checking": ["spell", "орфограф", "правописан", "опечат"],
    "vimscript functions": ["function", "функци", "vimscript", "vim script", "vim9"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["регистрами", "макросом", "метками"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
