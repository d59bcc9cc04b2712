#!/usr/bin/env python3
"""Validates what stormc generates with the official tools, in one process.

    validate.py [--jsonschema DIR]... [--asyncapi DIR]... [--avro DIR]... [--odcs DIR]... [--odps DIR]...
                [--asyncapi-schema FILE] [--odcs-schema FILE] [--odps-schema FILE]
                [--instances SCHEMA_DIR INSTANCE_DIR]... [--avro-instances AVRO_DIR INSTANCE_DIR]...

--jsonschema  every *.schema.json under DIR passes Draft202012Validator.check_schema; its $refs resolve:
              local ones in the document, others (a used domain's published types, "<$id>#/$defs/<Name>")
              in the schema with that $id among every DIR given, which is also the registry that
              --instances validates with.
--asyncapi    every *.yaml under DIR validates against the AsyncAPI 3.0.0 schema (draft-07); its $refs resolve.
--avro        every *.avsc under DIR parses with avro.schema.parse.
--odcs        every *.odcs.yaml under DIR validates against the ODCS 3.1.0 schema (draft 2019-09).
--odps        every *.odps.yaml under DIR validates against the ODPS 1.0.0 schema (draft 2019-09).
--instances   every INSTANCE_DIR/<path>/<label>.json is checked against SCHEMA_DIR/<path>.schema.json
              (e.g. Trips/events/TripEnded.v2/full.json against Trips/events/TripEnded.v2.schema.json):
              it must validate, or, when <label> starts with "invalid-", be rejected. Formats (date-time,
              date, uuid, duration) are checked.
--avro-instances  every valid event instance of INSTANCE_DIR (laid out as for --instances) is converted from
              its JSON encoding to an Avro datum of AVRO_DIR/<Context>/<Event>.v<version>.avsc, written with
              the Avro binary encoding and read back unchanged: the Avro schema holds what the JSON Schema does.

Prints one line per failure ("FAIL <what> <file>: <why>"), then "COUNTS <json>" with the number of
documents or instances checked per kind. Exit status: 0 all passed, 1 a check failed, 3 a Python module
is missing (the line "MISSING <module>" names it), 2 bad usage or a missing file.
"""
import argparse
import datetime
import decimal
import io
import json
import pathlib
import re
import sys
import urllib.parse

try:
    import jsonschema
    import yaml
    import avro.io
    import avro.schema
    import referencing
    import referencing.jsonschema
except ImportError as error:
    print(f"MISSING python module {error.name}")
    sys.exit(3)

failures = []
counts = {}
published = {}


def fail(kind, path, message):
    failures.append(f"FAIL {kind} {path}: {message}")


def count(kind):
    counts[kind] = counts.get(kind, 0) + 1


def register_published(directories):
    """Every JSON Schema under the directories, by $id: where other schemas' $refs find them."""
    for directory in directories:
        for path in sorted(pathlib.Path(directory).rglob("*.schema.json")):
            try:
                schema = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                continue
            if isinstance(schema, dict) and isinstance(schema.get("$id"), str):
                published[schema["$id"]] = schema


def registry():
    """The published schemas as a referencing registry, for validators to follow $refs across documents."""
    return referencing.Registry().with_resources(
        (uri, referencing.jsonschema.DRAFT202012.create_resource(schema)) for uri, schema in published.items())


def unresolved_refs(document, external=False):
    """Every $ref in the document that is not a JSON Pointer to an existing value: in the document, or
    (when external) in the published schema whose $id the reference names."""
    missing = []

    def resolve(ref):
        base, _, fragment = ref.partition("#")
        node = document
        if base:
            if not external or base not in published:
                return False
            node = published[base]
            count("external-refs")
        for token in urllib.parse.unquote(fragment).split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return False
        return True

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not resolve(ref):
                missing.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return missing


def load_schema(path):
    try:
        return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        print(f"missing file {path}: {error}")
        sys.exit(2)


def check_json_schemas(directory):
    for path in sorted(pathlib.Path(directory).rglob("*.schema.json")):
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            for ref in unresolved_refs(schema, external=True):
                fail("jsonschema", path, f"$ref {ref} does not resolve")
        except Exception as error:  # noqa: BLE001 - any error is a failed document
            fail("jsonschema", path, str(error).splitlines()[0])
        count("jsonschema")


def check_yaml_documents(kind, directory, pattern, validator):
    for path in sorted(pathlib.Path(directory).rglob(pattern)):
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
            for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path))):
                fail(kind, path, f"{error.message[:300]} at {'/'.join(map(str, error.path))}")
            for ref in unresolved_refs(document):
                fail(kind, path, f"$ref {ref} does not resolve")
        except yaml.YAMLError as error:
            fail(kind, path, f"not YAML: {error}")
        count(kind)


def check_avro(directory):
    for path in sorted(pathlib.Path(directory).rglob("*.avsc")):
        try:
            avro.schema.parse(path.read_text(encoding="utf-8"))
        except Exception as error:  # noqa: BLE001
            fail("avro", path, str(error).splitlines()[0])
        count("avro")


DATE = r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
FORMATS = {
    "date-time": re.compile(DATE + r"[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)\Z"),
    "date": re.compile(DATE + r"\Z"),
    "uuid": re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z"),
    "duration": re.compile(r"P(?!\Z)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?\Z"),
}


def format_checker():
    """Format checks that do not depend on optional packages being installed."""
    checker = jsonschema.FormatChecker(formats=())
    for name, pattern in FORMATS.items():
        checker.checks(name)(lambda value, pattern=pattern: not isinstance(value, str) or bool(pattern.match(value)))
    return checker


def check_instances(schema_directory, instance_directory, published_registry):
    checker = format_checker()
    validators = {}
    root = pathlib.Path(instance_directory)
    for path in sorted(root.rglob("*.json")):
        relative = path.parent.relative_to(root)
        schema_path = pathlib.Path(schema_directory) / relative.parent / f"{relative.name}.schema.json"
        if not schema_path.exists():
            fail("instance", path, f"no schema at {schema_path}")
            continue
        if schema_path not in validators:
            validators[schema_path] = jsonschema.Draft202012Validator(load_schema(schema_path), format_checker=checker,
                                                                      registry=published_registry)
        validator = validators[schema_path]
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        if path.stem.startswith("invalid-"):
            if not errors:
                fail("instance", path, "accepted, but should be rejected")
            count("rejected")
        else:
            for error in errors:
                fail("instance", path, f"{error.message[:300]} at {'/'.join(map(str, error.path))}")
            count("instances")


def avro_name(text):
    """The Avro name of a Storm name, as stormc's AvroNames spells it."""
    out = "".join(c if c.isascii() and (c.isalnum() or c == "_") else f"_u{ord(c):04X}" for c in text)
    return "_" + out if out[:1].isdigit() else out or "_"


def from_avro_default(schema, value):
    """The datum of a field default written in Avro's JSON encoding."""
    if isinstance(schema, avro.schema.UnionSchema):
        return from_avro_default(schema.schemas[0], value)
    if schema.props.get("logicalType") == "decimal":
        unscaled = int.from_bytes(value.encode("latin-1"), "big", signed=True)
        return decimal.Decimal(unscaled).scaleb(-schema.props["scale"])
    return value


def to_datum(schema, value):
    """The Avro datum of a value in the JSON encoding the JSON Schemas describe."""
    if isinstance(schema, avro.schema.UnionSchema):
        branches = [branch for branch in schema.schemas if branch.type != "null"]
        return None if value is None else to_datum(branches[0], value)
    if isinstance(schema, avro.schema.RecordSchema):
        keys = {avro_name(key): key for key in value}
        return {field.name: to_datum(field.type, value[keys[field.name]]) if field.name in keys
                else from_avro_default(field.type, field.default) for field in schema.fields}
    if isinstance(schema, avro.schema.EnumSchema):
        return avro_name(value)
    if isinstance(schema, avro.schema.ArraySchema):
        return [to_datum(schema.items, item) for item in value]
    if isinstance(schema, avro.schema.MapSchema):
        return {key: to_datum(schema.values, item) for key, item in value.items()}
    logical = schema.props.get("logicalType")
    if logical == "timestamp-millis":
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if logical == "date":
        return datetime.date.fromisoformat(value)
    if logical == "decimal":
        return decimal.Decimal(value).quantize(decimal.Decimal(1).scaleb(-schema.props["scale"]))
    if schema.type == "double":
        return float(value)
    return value


def check_avro_instances(avro_directory, instance_directory):
    schemas = {}
    root = pathlib.Path(instance_directory)
    for path in sorted(root.rglob("*.json")):
        relative = path.parent.relative_to(root)
        if path.stem.startswith("invalid-") or relative.parent.name != "events":
            continue
        schema_path = pathlib.Path(avro_directory) / relative.parent.parent / f"{relative.name}.avsc"
        try:
            if schema_path not in schemas:
                schemas[schema_path] = avro.schema.parse(schema_path.read_text(encoding="utf-8"))
            schema = schemas[schema_path]
            datum = to_datum(schema, json.loads(path.read_text(encoding="utf-8")))
            buffer = io.BytesIO()
            avro.io.DatumWriter(schema).write(datum, avro.io.BinaryEncoder(buffer))
            buffer.seek(0)
            if avro.io.DatumReader(schema).read(avro.io.BinaryDecoder(buffer)) != datum:
                fail("avro-instance", path, "read back differently")
        except Exception as error:  # noqa: BLE001 - any error is a failed instance
            fail("avro-instance", path, f"{type(error).__name__}: {str(error).splitlines()[0][:300]}")
        count("avro-instances")


def main():
    parser = argparse.ArgumentParser(description="Validate stormc output with the official tools.")
    parser.add_argument("--jsonschema", action="append", default=[])
    parser.add_argument("--asyncapi", action="append", default=[])
    parser.add_argument("--avro", action="append", default=[])
    parser.add_argument("--odcs", action="append", default=[])
    parser.add_argument("--odps", action="append", default=[])
    parser.add_argument("--odps-schema")
    parser.add_argument("--asyncapi-schema")
    parser.add_argument("--odcs-schema")
    parser.add_argument("--instances", nargs=2, action="append", default=[], metavar=("SCHEMA_DIR", "INSTANCE_DIR"))
    parser.add_argument("--avro-instances", nargs=2, action="append", default=[], metavar=("AVRO_DIR", "INSTANCE_DIR"))
    arguments = parser.parse_args()
    if (arguments.asyncapi and not arguments.asyncapi_schema) or (arguments.odcs and not arguments.odcs_schema):
        parser.error("--asyncapi and --odcs need --asyncapi-schema and --odcs-schema")
    if arguments.odps and not arguments.odps_schema:
        parser.error("--odps needs --odps-schema")

    register_published(arguments.jsonschema)
    for directory in arguments.jsonschema:
        check_json_schemas(directory)
    if arguments.asyncapi:
        validator = jsonschema.Draft7Validator(load_schema(arguments.asyncapi_schema))
        for directory in arguments.asyncapi:
            check_yaml_documents("asyncapi", directory, "*.yaml", validator)
    for directory in arguments.avro:
        check_avro(directory)
    if arguments.odcs:
        validator = jsonschema.Draft201909Validator(load_schema(arguments.odcs_schema))
        for directory in arguments.odcs:
            check_yaml_documents("odcs", directory, "*.odcs.yaml", validator)
    if arguments.odps:
        validator = jsonschema.Draft201909Validator(load_schema(arguments.odps_schema))
        for directory in arguments.odps:
            check_yaml_documents("odps", directory, "*.odps.yaml", validator)
    published_registry = registry()
    for schema_directory, instance_directory in arguments.instances:
        check_instances(schema_directory, instance_directory, published_registry)
    for avro_directory, instance_directory in arguments.avro_instances:
        check_avro_instances(avro_directory, instance_directory)

    for line in failures:
        print(line)
    print("COUNTS " + json.dumps(counts, sort_keys=True))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
