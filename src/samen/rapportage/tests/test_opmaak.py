"""The editable text of a section: parsing by hand-written examples, and the round trip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from samen.rapportage.document import Alinea, Lijst, Run, Sectie, Tabel
from samen.rapportage.opmaak import inline_uit_tekst, naar_tekst, normaliseer_inline, uit_tekst


def test_paragraphs_lists_tables_and_subsections_are_read_as_an_editor_writes_them():
    tekst = (
        "Eerste alinea\nloopt door op de volgende regel.\n\n"
        "- een\n- twee, die\n  doorloopt\n\n"
        "1. eerste\n2. tweede\n\n"
        "Tabel: Besluiten\n| Datum | Uitkomst |\n| --- | --- |\n| mei 2012 | akkoord |\n\n"
        "## ICT\n\n**Stand:** uitvoering.\n"
    )
    blokken, subs = uit_tekst(tekst, "ontwikkelingen")
    assert blokken == (
        Alinea((Run("Eerste alinea loopt door op de volgende regel."),)),
        Lijst(((Run("een"),), (Run("twee, die doorloopt"),))),
        Lijst(((Run("eerste"),), (Run("tweede"),)), genummerd=True),
        Tabel(kop=("Datum", "Uitkomst"), rijen=(("mei 2012", "akkoord"),), bijschrift="Besluiten"),
    )
    assert subs == (
        Sectie(
            "ontwikkelingen-1",
            "ICT",
            (Alinea((Run("Stand:", vet=True), Run(" uitvoering."))),),
        ),
    )


def test_a_backslash_keeps_markup_literal_and_an_unmatched_star_pair_stays_text():
    assert inline_uit_tekst(r"kosten \*\* ruim") == (Run("kosten ** ruim"),)
    assert inline_uit_tekst("half **open") == (Run("half **open"),)
    blokken, _ = uit_tekst("\\- geen opsomming\n")
    assert blokken == (Alinea((Run("- geen opsomming"),)),)


def test_a_table_without_the_dashes_row_is_still_a_table():
    blokken, _ = uit_tekst("| a | b |\n| 1 | 2 |\n")
    assert blokken == (Tabel(kop=("a", "b"), rijen=(("1", "2"),)),)


_TEKENS = st.sampled_from(
    [*list("abcé€ 12.*\\|-#:_`[]()\"'/"), "**", "- ", "## ", "1. ", "Tabel: "]
)
_tekst = st.lists(_TEKENS, min_size=1, max_size=12).map(lambda d: " ".join("".join(d).split()))
_niet_leeg = _tekst.filter(bool)
_inline = (
    st.lists(st.builds(Run, _tekst, st.booleans()), min_size=1, max_size=4)
    .map(lambda rs: normaliseer_inline(tuple(rs)))
    .filter(bool)
)


@st.composite
def _tabel(draw: st.DrawFn) -> Tabel:
    breedte = draw(st.integers(1, 3))
    cel = _tekst
    kop = tuple(draw(cel) for _ in range(breedte))
    rijen = tuple(tuple(draw(cel) for _ in range(breedte)) for _ in range(draw(st.integers(0, 3))))
    return Tabel(kop=kop, rijen=rijen, bijschrift=draw(_tekst))


_blok = st.one_of(
    st.builds(Alinea, _inline),
    st.builds(Lijst, st.lists(_inline, min_size=1, max_size=3).map(tuple), st.booleans()),
    _tabel(),
)


@settings(max_examples=100, deadline=None)
@given(
    blokken=st.lists(_blok, max_size=5).map(tuple),
    subs=st.lists(st.tuples(_niet_leeg, st.lists(_blok, max_size=3).map(tuple)), max_size=2),
)
def test_round_trip_of_the_editable_text(blokken, subs):
    subsecties = tuple(Sectie(f"s-{n}", titel, b) for n, (titel, b) in enumerate(subs, start=1))
    terug, terug_subs = uit_tekst(naar_tekst(blokken, subsecties), "s")
    assert terug == blokken
    assert terug_subs == subsecties
