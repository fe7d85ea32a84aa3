#!/usr/bin/env python3
"""Check questions.yaml against notes/ (Kafka consumers/producers probe set, pdftotext of a talk's slides)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "Kafka Streams / ksqlDB": ["kafka streams", "ktable", "kstream", "ksql", "стрим"],
    "Schema Registry / Avro": ["schema", "registry", "avro", "protobuf", "схем"],
    "Kafka Connect / Debezium": ["kafka connect", "connector", "коннектор", "debezium", "постгрес"],
    "security (SASL, SSL, ACL)": ["sasl", "ssl", "tls", "acl", "kerberos", "авторизац"],
    "ZooKeeper / KRaft": ["zookeeper", "kraft", "зукипер", "контроллер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["закоммиченными", "оффсетами", "сегментами", "ребалансами"]

check(HERE, "*.txt", OOS_TOPICS, INFLECTION_ABSENT)
