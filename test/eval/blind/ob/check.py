#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Bitcoin basics probe set, a vimwiki of .wiki files)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Lightning Network": ["lightning", "лайтнинг", "платежный канал", "payment channel"],
    "Proof of Stake": ["proof of stake", "proof-of-stake", "стейк", "staking", "валидатор"],
    "smart contracts / Ethereum": ["ethereum", "эфир", "смарт-контракт", "смарт контракт", "solidity"],
    "Taproot / Schnorr": ["taproot", "тапрут", "schnorr", "шнорр"],
    "CoinJoin / mixers": ["coinjoin", "миксер", "микшер", "mixer", "tumbler"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["майнерам", "биржам", "хешами"]

check(HERE, "**/*.wiki", OOS_TOPICS, INFLECTION_ABSENT)
