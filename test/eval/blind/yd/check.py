#!/usr/bin/env python3
"""Check questions.yaml against notes/ (operating systems probe set, plain .txt notes from a text editor)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "file systems": ["inode", "ext4", "журналир", "файловая систем", "файловой систем"],
    "boot process": ["grub", "bootloader", "загрузчик", "bios", "uefi"],
    "containers": ["cgroup", "docker", "докер", "контейнер", "namespace"],
    "virtualization": ["гипервизор", "hypervisor", "kvm", "виртуальная машин", "виртуальной машин", "виртуалк"],
    "drivers / DMA": ["dma", "драйвер", "driver"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["семафорами", "дедлоках", "промахах"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
