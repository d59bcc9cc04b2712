"""A scripted session with `stormc lsp`, driven by pytest-lsp (an LSP client independent of Storm).

Run by Tests/StormCommandLineTests/LanguageServer/PytestLSPTests.swift with STORMC (the built stormc)
and MODEL (a copy of a bundled model folder, which the session edits in memory only) in the environment.
pytest-lsp checks every answer against the LSP specification and the client's declared capabilities.
"""
import asyncio
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

STORMC = os.environ["STORMC"]
MODEL = pathlib.Path(os.environ["MODEL"])
SCORING = MODEL / "scoring.storm"
URI = SCORING.as_uri()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[STORMC, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=pytest_lsp.client_capabilities("visual-studio-code"),
        root_uri=MODEL.as_uri()))
    yield
    await lsp_client.shutdown_session()


async def diagnostics_of_scoring(client: LanguageClient, matching=lambda diagnostics: True) -> list:
    """Waits (up to 20 s) for diagnostics of scoring.storm that satisfy `matching`. Every file of the model
    gets its own, and the server publishes a model's diagnostics, then again with its review findings."""
    for _ in range(2000):
        if URI in client.diagnostics:
            diagnostics = client.diagnostics.pop(URI)
            if matching(diagnostics):
                return diagnostics
        await asyncio.sleep(0.01)
    raise AssertionError("no such diagnostics for scoring.storm within 20 s")


def errors_of(diagnostics: list) -> list:
    return [d for d in diagnostics if d.severity == types.DiagnosticSeverity.Error]


async def open_scoring(client: LanguageClient) -> tuple:
    """Opens scoring.storm; its text and its first diagnostics."""
    text = SCORING.read_text()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="storm", version=1, text=text)))
    return text, await diagnostics_of_scoring(client)


def position_of(text: str, needle: str, offset: int = 0) -> types.Position:
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    return types.Position(line=line, character=index - (text.rfind("\n", 0, index) + 1))


async def test_a_typo_gets_a_diagnostic_and_a_quick_fix(client: LanguageClient):
    text, opened = await open_scoring(client)
    assert not errors_of(opened)
    typo = text.replace("emits TripScored", "emits TripScord", 1)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=typo)]))
    errors = errors_of(await diagnostics_of_scoring(client, errors_of))
    assert [(d.code, d.message) for d in errors] == [("unresolved-reference", "unknown event `TripScord`")]
    assert errors[0].code_description.href.endswith("Diagnostics.md#unresolved-reference")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=errors[0].range,
        context=types.CodeActionContext(diagnostics=errors)))
    assert [a.title for a in actions] == ["did you mean `TripScored`?"]
    edit = actions[0].edit.changes[URI][0]
    assert edit.new_text == "TripScored" and edit.range == errors[0].range


async def test_hover_definition_references_and_rename(client: LanguageClient):
    text, _ = await open_scoring(client)
    at = position_of(text, "emits TripScored", 8)
    where = types.TextDocumentIdentifier(uri=URI)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=where, position=at))
    assert "**event** `Scoring.TripScored`" in hover.contents.value
    definition = await client.text_document_definition_async(types.DefinitionParams(text_document=where, position=at))
    assert definition.uri == URI and definition.range.start == position_of(text, "event TripScored", 6)
    references = await client.text_document_references_async(types.ReferenceParams(
        text_document=where, position=at, context=types.ReferenceContext(include_declaration=True)))
    assert len(references) >= 2
    rename = await client.text_document_rename_async(types.RenameParams(text_document=where, position=at, new_name="TripRated"))
    assert sum(len(edits) for edits in rename.changes.values()) == len(references)
    with pytest.raises(Exception, match="not a valid name"):
        await client.text_document_rename_async(types.RenameParams(text_document=where, position=at, new_name="1st"))


async def test_rename_of_an_enumeration_case_and_a_field(client: LanguageClient):
    text, _ = await open_scoring(client)
    where = types.TextDocumentIdentifier(uri=URI)
    case = position_of(text, "Fair, Poor")
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(text_document=where, position=case))
    assert prepared.start == case
    rename = await client.text_document_rename_async(types.RenameParams(text_document=where, position=case, new_name="Average"))
    starts = sorted((e.range.start.line, e.range.start.character) for e in rename.changes[URI])
    default = position_of(text, "band: RiskBand = Fair", 17)
    assert starts == [(case.line, case.character), (default.line, default.character)]
    field = position_of(text, "band: RiskBand = Fair")
    with pytest.raises(Exception, match="field `score` of aggregate `Scoring.DriverScorecard` already exists"):
        await client.text_document_rename_async(types.RenameParams(text_document=where, position=field, new_name="score"))


async def test_outline_completion_formatting_and_tokens(client: LanguageClient):
    text, _ = await open_scoring(client)
    where = types.TextDocumentIdentifier(uri=URI)
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=where))
    assert [s.name for s in symbols] == ["Scoring"]
    assert "TripScored" in [c.name for c in symbols[0].children]
    items = await client.text_document_completion_async(types.CompletionParams(
        text_document=where, position=position_of(text, "emits TripScored", 6)))
    labels = [i.label for i in (items.items if hasattr(items, "items") else items)]
    assert "TripScored" in labels and "ScoreTrip" not in labels
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=where, options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert not edits  # the bundled models are formatted
    tokens = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=where))
    assert len(tokens.data) % 5 == 0 and len(tokens.data) > 500
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=where))
    assert len(folds) > 5
    lenses = await client.text_document_code_lens_async(types.CodeLensParams(text_document=where))
    assert any("emitted by ScoreTrip" in lens.command.title for lens in lenses)


async def test_a_missing_closing_brace_gets_a_quick_fix_that_inserts_it(client: LanguageClient):
    text, opened = await open_scoring(client)
    assert not errors_of(opened) and text.endswith("\n}\n")
    unclosed = text[:-2]  # the context's `}` deleted
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=unclosed)]))
    errors = errors_of(await diagnostics_of_scoring(client, errors_of))
    assert [d.code for d in errors] == ["unclosed-block"], errors
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=errors[0].range,
        context=types.CodeActionContext(diagnostics=errors)))
    assert [a.title for a in actions] == ["insert `}`"]
    (edit,) = actions[0].edit.changes[URI]
    lines = unclosed.split("\n")
    start = sum(len(line) + 1 for line in lines[:edit.range.start.line]) + edit.range.start.character
    end = sum(len(line) + 1 for line in lines[:edit.range.end.line]) + edit.range.end.character
    fixed = unclosed[:start] + edit.new_text + unclosed[end:]
    assert fixed == text, fixed[-200:]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=3),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)]))
    assert not errors_of(await diagnostics_of_scoring(client, lambda diagnostics: not errors_of(diagnostics)))
