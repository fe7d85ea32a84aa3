#!/usr/bin/env python3
"""Check questions.yaml against notes/ (CNN basics probe set, pdftotext extraction of lecture slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "object detection": ["yolo", "детекц", "detection", "bounding", "bbox", "anchor"],
    "segmentation": ["сегментац", "segmentation", "u-net", "unet", "mask", "маск"],
    "vision transformers / attention": ["transformer", "трансформер", "vit", "attention"],
    "GANs": ["gan", "генератив", "generat", "дискриминатор", "discriminator"],
    "quantization / deployment": ["квантов", "quantiz", "onnx", "tensorrt", "телефон"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["переобучилась", "ядрами", "паддингом", "страйдом"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
