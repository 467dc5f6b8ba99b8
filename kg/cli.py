"""The `kg` command: a thin layer over the Python API that turns errors into messages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import __version__
from kg.build import BUILD_ENGINES, OUTPUT_FORMATS, BuildResult, build
from kg.errors import KamergraafError
from kg.export.html import write_html
from kg.extract.citations import cite, official_url
from kg.query import ENGINES, RESULT_FORMATS, builtin_queries, load_graph, query_file
from kg.readers import read
from kg.serve import serve
from kg.validate import validate

app = typer.Typer(
    help="kamergraaf: build a knowledge graph of Dutch government letters, then query, "
    "validate and draw it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)

_FILE_TABLE_MAX = 30
GraphArgument = Annotated[Path, typer.Argument(help="A built graph: .ttl, .nt or .jsonld.")]


def read_file_text(path: Path) -> str:
    """The text of a letter file, whatever its format."""
    try:
        return read(path).text
    except KamergraafError as error:
        raise _fail(error) from error


def _fail(error: KamergraafError) -> typer.Exit:
    console.print(f"[bold red]error:[/] {error}")
    return typer.Exit(code=2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kamergraaf {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """kamergraaf: who wrote to whom, when, about which policy, citing which papers."""


@app.command("build")
def build_command(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Letter files (.txt, .pdf, .docx, .html, official .xml), folders (searched "
            'recursively) or quoted glob patterns ("archief/**/*.pdf").'
        ),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the graph files.")
    ] = Path("outputs"),
    strict: Annotated[
        bool, typer.Option(help="Make any problem fatal: write nothing and exit with 1.")
    ] = False,
    store: Annotated[
        Path | None,
        typer.Option(
            help="Build incrementally in this Oxigraph store: unchanged files are skipped."
        ),
    ] = None,
    prune: Annotated[
        bool, typer.Option(help="With --store: drop documents of files no longer among the inputs.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=1, help="Extract this many files at once (worker processes)."
        ),
    ] = 1,
    shard_size: Annotated[
        int,
        typer.Option(
            min=0,
            help="Also write N-Quads shards of this many documents each into OUTPUT/shards, "
            "for parallel bulk loading (0: none).",
        ),
    ] = 0,
    engine: Annotated[
        str,
        typer.Option(
            help="Where files are extracted: local (this machine) or dask (a Dask cluster; "
            "pip install 'kamergraaf[dask]')."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="With --engine dask: the scheduler's address (tcp://host:8786); "
            "without it a local cluster of --jobs workers is started."
        ),
    ] = None,
    formats: Annotated[
        str,
        typer.Option(
            help="The files to write, by extension, comma-separated (the report is always "
            f"written). Default: all of {','.join(OUTPUT_FORMATS)}. For a triple store: ttl,nq.",
            metavar="EXT,...",
        ),
    ] = ",".join(OUTPUT_FORMATS),
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Build the graph of letters: Turtle, N-Triples, N-Quads, TriG, JSON-LD, the HTML graph,
    GraphML, GEXF and a report.

    Exit code: 0 when every file was built, 3 when some had problems (the rest is built and
    written), 1 with --strict when any had (nothing written). Example: kg build examples/ -o outputs
    """
    if engine not in BUILD_ENGINES:
        raise typer.BadParameter(f"choose one of {', '.join(BUILD_ENGINES)}", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("a scheduler needs --engine dask", param_hint="--scheduler")
    chosen = [extension.strip().lstrip(".").lower() for extension in formats.split(",")]
    if unknown := [extension for extension in chosen if extension not in OUTPUT_FORMATS]:
        raise typer.BadParameter(
            f"unknown {', '.join(unknown)}; choose from {','.join(OUTPUT_FORMATS)}",
            param_hint="--formats",
        )
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        transient=True,
    ) as progress:
        task = progress.add_task("Reading letters", total=None)
        result = build(
            inputs,
            output,
            strict=strict,
            store=store,
            prune=prune,
            shard_size=shard_size,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            formats=chosen,
            on_start=lambda total: progress.update(task, total=total),
            on_file=lambda path: progress.advance(task),
        )
    if not quiet:
        _summary(result)
    if result.problems:
        if strict:
            console.print("[red]--strict: nothing was written because of the problems above[/]")
        raise typer.Exit(code=1 if strict else 3)


def _summary(result: BuildResult) -> None:
    if 0 < len(result.files) <= _FILE_TABLE_MAX:
        table = Table("file", "reader", "pages", "letters", "annexes", "citations", "missing")
        for file in result.files:
            table.add_row(
                file.file,
                file.reader,
                str(file.pages or ""),
                str(file.letters),
                str(file.annexes),
                str(file.citations),
                "; ".join(file.missing),
            )
        console.print(table)
    elif result.files:
        console.print(f"Per-file details: {result.outputs.get('report', 'report.json')}")
    for problem in result.problems:
        console.print(f"[yellow]problem[/] {problem.file}: {problem.kind}: {problem.message}")
    console.print(
        f"[bold]{len(result.files)}[/] files, [bold]{result.letters}[/] letters, "
        f"[bold]{result.triples}[/] triples, [bold]{len(result.problems)}[/] problems"
    )
    for name, path in result.outputs.items():
        console.print(f"  {name:8} {path}")
    if "html" in result.outputs:
        console.print(f"Open the graph in a browser: file://{result.outputs['html'].resolve()}")


@app.command("query")
def query_command(
    graph: GraphArgument,
    query: Annotated[
        str, typer.Argument(help="A built-in query name, a .rq file, or SPARQL text.")
    ],
    result_format: Annotated[
        str, typer.Option("--format", "-f", help=f"One of: {', '.join(RESULT_FORMATS)}.")
    ] = "table",
    engine: Annotated[
        str,
        typer.Option(help=f"One of: {', '.join(ENGINES)}; auto takes Oxigraph for large graphs."),
    ] = "auto",
) -> None:
    """Run a SPARQL query on a built graph.

    Built-in queries: the contract (letters, who-wrote-to-whom, citations, policies, posts,
    sources) and more (letters-per-actor, policy-timeline, dossier-citations, co-signatories,
    letters-citing-letters); see `kg queries`.
    Example: kg query outputs/graph.ttl who-wrote-to-whom --format csv
    """
    if result_format not in RESULT_FORMATS:
        raise typer.BadParameter(
            f"choose one of {', '.join(RESULT_FORMATS)}", param_hint="--format"
        )
    try:
        result = query_file(graph, query, engine)
    except KamergraafError as error:
        raise _fail(error) from error
    if result_format != "table" or result.kind != "SELECT":
        sys.stdout.write(result.serialise(result_format))
        return
    table = Table(*result.variables, show_lines=False)
    for row in result.rows:
        table.add_row(*row)
    Console().print(table)
    console.print(f"{len(result.rows)} rows")


@app.command("queries")
def queries_command() -> None:
    """List the built-in queries with what each returns."""
    for name, text in builtin_queries().items():
        first = text.splitlines()[0].lstrip("# ").strip()
        typer.echo(f"{name:20} {first}")


@app.command("validate")
def validate_command(graph: GraphArgument) -> None:
    """Check a built graph against the kamergraaf SHACL shapes (ontology/shapes.ttl)."""
    try:
        report = validate(load_graph(graph))
    except KamergraafError as error:
        raise _fail(error) from error
    if report.conforms:
        console.print("[green]The graph conforms to the kamergraaf shapes.[/]")
        return
    typer.echo(report.text)
    raise typer.Exit(code=1)


@app.command("graph")
def graph_command(
    graph: GraphArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "outputs/graph.html"
    ),
) -> None:
    """Draw who wrote to whom as an interactive HTML page that works offline."""
    try:
        write_html(load_graph(graph), output)
    except KamergraafError as error:
        raise _fail(error) from error
    console.print(f"Open the graph in a browser: file://{output.resolve()}")


@app.command("serve")
def serve_command(
    graph: GraphArgument,
    host: Annotated[
        str, typer.Option(help="Address to listen on; loopback unless you say so.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 7878,
    timeout: Annotated[int, typer.Option(help="Seconds after which a query is cancelled.")] = 30,
    allow_updates: Annotated[
        bool, typer.Option(help="Accept SPARQL updates (refused with 403 by default).")
    ] = False,
) -> None:
    """Serve a built graph as a SPARQL 1.1 Protocol endpoint (Oxigraph) until Ctrl-C.

    Example: kg serve outputs/graph.nt, then open http://127.0.0.1:7878/ in a browser or
    curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'
    http://127.0.0.1:7878/query
    """
    try:
        endpoint = serve(graph, host=host, port=port, timeout=timeout, allow_updates=allow_updates)
    except KamergraafError as error:
        raise _fail(error) from error
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(
            f"[yellow]Listening on {host}: anyone who can reach it can query the graph.[/]"
        )
    console.print(
        f"SPARQL endpoint: {endpoint.url} ({'read-write' if allow_updates else 'read-only'})"
    )
    try:
        endpoint.process.wait()
    except KeyboardInterrupt:
        console.print("Stopping.")
    finally:
        endpoint.stop()


@app.command("cite")
def cite_command(
    source: Annotated[str, typer.Argument(help="Text, a file with text, or - for standard input.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Find the citations in a text: Kamerstukken, Handelingen, Staatsblad, EU acts, ECLI, BWB.

    Example: kg cite "zie Kamerstukken II, 2024/25, 29 861, nr. 158" --json
    """
    if source == "-":
        text = sys.stdin.read()
    elif Path(source).is_file():
        text = read_file_text(Path(source))
    else:
        text = source
    citations = cite(text)
    if as_json:
        for citation in citations:
            record = {
                "id": citation.identifier,
                "kind": citation.kind.value,
                "raw": citation.raw,
                "start": citation.span.start,
                "end": citation.span.end,
                "url": official_url(citation),
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    table = Table("kind", "id", "raw", "start", "end", "url")
    for citation in citations:
        table.add_row(
            citation.kind.value,
            citation.identifier,
            " ".join(citation.raw.split()),
            str(citation.span.start),
            str(citation.span.end),
            official_url(citation) or "",
        )
    Console().print(table)
