#!/usr/bin/env python3
"""Check questions.yaml against notes/ (computer architecture probe set, a two-column lecture handout
converted with pdftotext -layout)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes (headers and captions included)
OOS_TOPICS = {
    "GPU architecture": ["gpu", "видеокарт", "графическ", "cuda", "варп", "warp", "шейдер"],
    "cache coherence protocols (MESI)": ["mesi", "moesi", "когерент", "coheren", "snoop"],
    "RISC-V vs ARM instruction sets": ["risc", "arm", "набор команд", "наборы команд", "instruction set"],
    "hyper-threading / SMT": ["hyper", "гипертрейд", "гипертред", "smt", "логических ядер", "логические ядра"],
    "memory models and fences": ["барьер", "barrier", "fence", "memory_order", "acquire", "модель памяти",
                                 "memory model"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["выровнять", "промахнуться", "векторизовать"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
