#!/usr/bin/env python3
"""Check questions.yaml against notes/ (GraphQL probe set, English copied from docs with Russian remarks)."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from probe_check import check  # noqa: E402

# key words of the five in-domain out-of-scope topics; none may occur in the notes
OOS_TOPICS = {
    "gRPC": ["grpc", "protobuf", "protocol buffers", "микросервис"],
    "WebSocket transport of subscriptions": ["websocket", "вебсокет", "graphql-ws", "connection_init"],
    "code generation": ["codegen", "кодоген", "сгенер", "typescript"],
    "Hasura": ["hasura", "хасур", "postgres", "постгрес"],
    "OpenAPI / Swagger": ["openapi", "swagger", "сваггер"],
}
# forms the inflection questions rely on being absent from the notes
INFLECTION_ABSENT = ["переменными", "фрагментами", "мутациях"]

check(HERE, "*.md", OOS_TOPICS, INFLECTION_ABSENT)
