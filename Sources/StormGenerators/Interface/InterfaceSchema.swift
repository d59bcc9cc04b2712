/// The JSON Schema (2020-12) of a published interface, version ``InterfaceGenerator/formatVersion``:
/// what `stormc publish --schema` prints, and what a consumer may validate an interface with before
/// using it. Documented in `Docs/Mesh.md`; the tests validate every generated interface against it.
public enum InterfaceSchema {
    /// The schema's `$id`: it names the format version, so a new version is a new schema.
    public static let id = "https://schemas.storm.dev/storm-interface/1.0/schema.json"

    /// The schema as JSON text.
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://schemas.storm.dev/storm-interface/1.0/schema.json",
      "title": "Storm published interface 1.0",
      "description": "What a domain modelled in Storm publishes for other domains: its data products' output ports, the events they publish and the types those events use.",
      "type": "object",
      "required": ["stormInterface", "name", "domains", "teams", "dataProducts", "events", "types"],
      "additionalProperties": false,
      "properties": {
        "$comment": { "type": "string" },
        "stormInterface": { "const": "1.0" },
        "name": { "$ref": "#/$defs/name", "description": "The publishing model (the domain's model folder)." },
        "domains": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "doc", "description"],
            "additionalProperties": false,
            "properties": {
              "name": { "$ref": "#/$defs/name" },
              "doc": { "type": "string" },
              "description": { "type": ["string", "null"] }
            }
          }
        },
        "teams": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "doc", "contact"],
            "additionalProperties": false,
            "properties": {
              "name": { "$ref": "#/$defs/name" },
              "doc": { "type": "string" },
              "contact": { "type": ["string", "null"] }
            }
          }
        },
        "dataProducts": { "type": "array", "items": { "$ref": "#/$defs/dataProduct" } },
        "events": { "type": "array", "items": { "$ref": "#/$defs/event" } },
        "types": {
          "type": "object",
          "required": ["identifiers", "valueObjects", "entities", "enumerations"],
          "additionalProperties": false,
          "properties": {
            "identifiers": { "type": "array", "items": { "$ref": "#/$defs/identifier" } },
            "valueObjects": { "type": "array", "items": { "$ref": "#/$defs/record" } },
            "entities": { "type": "array", "items": { "$ref": "#/$defs/record" } },
            "enumerations": { "type": "array", "items": { "$ref": "#/$defs/enumeration" } }
          }
        }
      },
      "$defs": {
        "name": { "type": "string", "minLength": 1 },
        "qualifiedName": { "type": "string", "pattern": "^[^.]+\\.[^.]+$", "description": "Context.Name" },
        "dataProduct": {
          "type": "object",
          "required": ["name", "context", "domain", "doc", "owner", "outputPorts"],
          "additionalProperties": false,
          "properties": {
            "name": { "$ref": "#/$defs/name" },
            "context": { "$ref": "#/$defs/name" },
            "domain": { "$ref": "#/$defs/name" },
            "doc": { "type": "string" },
            "owner": { "type": ["string", "null"], "description": "The owning team: the product's, or else its context's." },
            "outputPorts": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": "object",
                "required": ["name", "doc", "events", "objectives"],
                "additionalProperties": false,
                "properties": {
                  "name": { "$ref": "#/$defs/name" },
                  "doc": { "type": "string" },
                  "events": { "type": "array", "items": { "$ref": "#/$defs/qualifiedName" } },
                  "objectives": {
                    "type": "object",
                    "required": ["freshness", "availability"],
                    "additionalProperties": false,
                    "properties": {
                      "freshness": { "type": ["string", "null"], "pattern": "^P", "description": "ISO 8601 duration." },
                      "availability": { "type": ["number", "null"], "minimum": 0, "maximum": 100, "description": "Percent." }
                    }
                  }
                }
              }
            }
          }
        },
        "event": {
          "type": "object",
          "required": ["context", "domain", "name", "doc", "version", "deprecated", "cloudEventType", "schema", "fields"],
          "additionalProperties": false,
          "properties": {
            "context": { "$ref": "#/$defs/name" },
            "domain": { "$ref": "#/$defs/name" },
            "name": { "$ref": "#/$defs/name" },
            "doc": { "type": "string" },
            "version": { "type": "integer", "minimum": 1 },
            "semanticVersion": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$", "description": "The major, minor and patch, when the model writes a minor or patch." },
            "deprecated": { "type": "boolean" },
            "cloudEventType": { "type": "string", "description": "The CloudEvents type and channel address: domain.context.Event.vN." },
            "schema": { "type": "string", "format": "uri", "description": "The $id of the event's JSON Schema." },
            "fields": { "$ref": "#/$defs/fields" }
          }
        },
        "fields": {
          "type": "array",
          "items": {
            "type": "object",
            "required": ["name", "doc", "type", "required", "identity", "pii", "deprecated", "default"],
            "additionalProperties": false,
            "properties": {
              "name": { "$ref": "#/$defs/name" },
              "doc": { "type": "string" },
              "type": { "$ref": "#/$defs/type" },
              "required": { "type": "boolean" },
              "identity": { "type": "boolean" },
              "pii": { "type": "boolean" },
              "deprecated": { "type": "boolean" },
              "default": true
            }
          }
        },
        "type": {
          "type": "object",
          "minProperties": 1,
          "maxProperties": 1,
          "additionalProperties": false,
          "properties": {
            "primitive": { "enum": ["String", "Int", "Double", "Decimal", "Bool", "Timestamp", "Date", "UUID", "Duration"] },
            "identifier": { "$ref": "#/$defs/qualifiedName" },
            "valueObject": { "$ref": "#/$defs/qualifiedName" },
            "entity": { "$ref": "#/$defs/qualifiedName" },
            "enumeration": { "$ref": "#/$defs/qualifiedName" },
            "list": { "$ref": "#/$defs/type" },
            "map": { "$ref": "#/$defs/type" },
            "optional": { "$ref": "#/$defs/type" }
          }
        },
        "identifier": {
          "type": "object",
          "required": ["context", "name", "doc", "rawType"],
          "additionalProperties": false,
          "properties": {
            "context": { "$ref": "#/$defs/name" },
            "name": { "$ref": "#/$defs/name" },
            "doc": { "type": "string" },
            "schema": { "type": "string", "format": "uri-reference", "description": "Where the type's JSON Schema is published: its definition in the schema of an event that uses it, <$id>#/$defs/<name>. Optional: a consumer inlines a type without one." },
            "rawType": { "enum": ["UUID", "String", "Int"] }
          }
        },
        "record": {
          "type": "object",
          "required": ["context", "name", "doc", "fields"],
          "additionalProperties": false,
          "properties": {
            "context": { "$ref": "#/$defs/name" },
            "name": { "$ref": "#/$defs/name" },
            "doc": { "type": "string" },
            "schema": { "type": "string", "format": "uri-reference", "description": "Where the type's JSON Schema is published: its definition in the schema of an event that uses it, <$id>#/$defs/<name>. Optional: a consumer inlines a type without one." },
            "fields": { "$ref": "#/$defs/fields" }
          }
        },
        "enumeration": {
          "type": "object",
          "required": ["context", "name", "doc", "cases"],
          "additionalProperties": false,
          "properties": {
            "context": { "$ref": "#/$defs/name" },
            "name": { "$ref": "#/$defs/name" },
            "doc": { "type": "string" },
            "schema": { "type": "string", "format": "uri-reference", "description": "Where the type's JSON Schema is published: its definition in the schema of an event that uses it, <$id>#/$defs/<name>. Optional: a consumer inlines a type without one." },
            "cases": {
              "type": "array",
              "items": {
                "type": "object",
                "required": ["name", "doc"],
                "additionalProperties": false,
                "properties": { "name": { "$ref": "#/$defs/name" }, "doc": { "type": "string" } }
              }
            }
          }
        }
      }
    }

    """#
}
