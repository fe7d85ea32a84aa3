#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Docker networking and volumes trial set, plain .txt notes)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "macvlan / ipvlan": ["macvlan", "ipvlan", "mac-адрес", "mac address"],
    "Kubernetes networking": ["kubernetes", "k8s", "кубер", "cni", "calico", "flannel", "поды", "подов"],
    "IPv6": ["ipv6", "fixed-cidr-v6"],
    "logging drivers": ["log driver", "log-driver", "logging", "json-file", "fluentd", "логирован", "логи "],
    "NFS / CIFS volumes": ["nfs", "cifs", "samba", "smb", "шара", "шару"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["контейнерам", "именам", "томами", "примонтированные"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
