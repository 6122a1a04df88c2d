"""DSZ demo, part 2: the domains of DSZ and the SSC, and DSZ's working groups with their members.

The sources name no lead (trekker) and no members of the working groups: both are assumed, the
members are fictitious people and their function says so.
"""

from __future__ import annotations

from samen.demo import dsz_datums as d
from samen.demo.dsz_register import FICTIEF, Register
from samen.organisaties.services import persoon_create
from samen.terreinen.models import Samenwerkingsterrein, Werkgroeplid
from samen.terreinen.services import samenwerkingsterrein_create, werkgroep_create, werkgroeplid_add

#: Appended to the description of a DSZ domain: the lead of its working group is assumed.
TREKKER_AANNAME = (
    " Trekker van de werkgroep: {naam} (in de demo aangenomen; de bronnen noemen geen trekker)."
)

# slug, naam, omschrijving
DSZ_TERREINEN = [
    ("ict", "ICT", "Samenwerking van de DSZ-gemeenten op ICT. De laatste jaren hebben de drie "
     "gemeenten in de tweejarige ICT-pool nauw samengewerkt."),
    ("inkoop", "Inkoop", "Op het terrein van Inkoop werkt DSZ al een aantal jaren samen. Zo "
     "hebben de drie gemeenten een gezamenlijke inkoopadviseur in dienst genomen, die adviseert "
     "over inkoop voor de drie gemeenten."),
    ("p-en-o", "P&O", "Samenwerking op personeel en organisatie: een gezamenlijke P&O-afdeling "
     "voor de drie gemeenten en samenwerking op Personeels- en Salarisadministratie in het SSC "
     "Zwolle/Kampen/Provincie."),
    ("facilitaire-zaken", "Facilitaire Zaken", "Naast de samenwerking op Inkoop tracht DSZ ook de "
     "samenwerking op andere terreinen van Facilitaire Zaken te bevorderen."),
    ("belastingen-geo", "Belastingen & Geo", "Samenwerking op belastingen en gegevensbeheer. De "
     "werkgroep kijkt ook of er mogelijkheden zijn samen te werken met Kampen."),
    ("financien", "Financiën", "Samenwerking op financiën, op weg naar een gezamenlijke "
     "BackOffice voor administraties."),
    ("sociale-zaken", "Sociale Zaken", "Samenwerking op sociale zaken, op weg naar een "
     "gezamenlijke BackOffice voor administraties."),
]  # fmt: skip
SSC_TERREINEN = [
    ("oprichting", "Oprichting SSC", "De oprichting van het Shared Service Center door Zwolle, "
     "Kampen en de Provincie."),
    ("ict", "ICT", "ICT in het Shared Service Center Zwolle, Kampen en Provincie."),
    ("inkoop", "Inkoop", "Inkoop in het Shared Service Center Zwolle, Kampen en Provincie."),
    ("psa", "Personeels- en Salarisadministratie", "Personeels- en Salarisadministratie (PSA) in "
     "het Shared Service Center Zwolle, Kampen en Provincie."),
]  # fmt: skip

# terrein, trekker, begindatum, functie van de leden, leden per gemeente in de volgorde van
# DSZ_GEMEENTEN: (voorletters, roepnaam, tussenvoegsel, achternaam)
WERKGROEPEN = [
    ("ict", "dalfsen", d.ICT_BUSINESSCASE, "afdelingshoofd ICT", [
        ("R.", "Ruud", "", "Bakker"), ("H.", "Henk", "", "Visser"), ("E.", "Erik", "", "Smit")]),
    ("inkoop", "zwartewaterland", d.MAART_NOTITIE, "medewerker inkoop", [
        ("S.", "Sanne", "", "Meijer"), ("T.", "Tom", "de", "Groot"), ("I.", "Ingrid", "", "Bos")]),
    ("p-en-o", "staphorst", d.MAART_NOTITIE, "adviseur P&O", [
        ("K.", "Karin", "", "Vos"), ("G.", "Gert", "", "Peters"), ("N.", "Nicole", "", "Hendriks")]),
    ("facilitaire-zaken", "zwartewaterland", d.MAART_NOTITIE, "hoofd facilitaire zaken", [
        ("B.", "Bert", "van", "Leeuwen"), ("D.", "Diana", "", "Dekker"),
        ("F.", "Frank", "", "Brouwer")]),
    ("belastingen-geo", "staphorst", d.MAART_NOTITIE, "coördinator belastingen en geo-informatie", [
        ("C.", "Carla", "de", "Wit"), ("J.", "Johan", "de", "Graaf"),
        ("M.", "Monique", "van der", "Meer")]),
    ("financien", "dalfsen", d.MAART_NOTITIE, "hoofd financiën", [
        ("A.", "Arjan", "van der", "Linden"), ("E.", "Esther", "", "Jacobs"),
        ("R.", "Rob", "de", "Haan")]),
    ("sociale-zaken", "zwartewaterland", d.MAART_NOTITIE, "hoofd sociale zaken", [
        ("W.", "Wendy", "", "Vermeulen"), ("M.", "Marcel", "van den", "Heuvel"),
        ("L.", "Linda", "van den", "Broek")]),
]  # fmt: skip
#: The shared procurement adviser; the sources do not say which municipality employs them.
INKOOPADVISEUR = ("staphorst", ("J.", "Joost", "", "Prins"))
DSZ_GEMEENTEN = ("dalfsen", "staphorst", "zwartewaterland")

Terreinen = dict[tuple[str, str], Samenwerkingsterrein]


def load_terreinen(reg: Register) -> Terreinen:
    """Create the domains, keyed by (alliance slug, domain slug), and DSZ's working groups."""
    terreinen: Terreinen = {}
    trekkers = {terrein: trekker for terrein, trekker, *_ in WERKGROEPEN}
    for verband, rijen in (("dsz", DSZ_TERREINEN), ("ssc", SSC_TERREINEN)):
        for volgorde, (slug, naam, omschrijving) in enumerate(rijen, start=1):
            if verband == "dsz":
                omschrijving += TREKKER_AANNAME.format(naam=reg.org[trekkers[slug]].naam)
            terreinen[verband, slug] = samenwerkingsterrein_create(
                samenwerkingsverband=reg.verband[verband],
                naam=naam,
                slug=slug,
                omschrijving=omschrijving,
                volgorde=volgorde,
            )
    for terrein_slug, trekker, begindatum, functie, leden in WERKGROEPEN:
        terrein = terreinen["dsz", terrein_slug]
        werkgroep = werkgroep_create(
            terrein=terrein,
            naam=f"DSZ-werkgroep {terrein.naam}",
            begindatum=begindatum,
            trekker=reg.org[trekker],
        )
        for org, (vl, roepnaam, tv, achternaam) in zip(DSZ_GEMEENTEN, leden, strict=True):
            persoon = persoon_create(
                organisatie=reg.org[org],
                voorletters=vl,
                roepnaam=roepnaam,
                tussenvoegsel=tv,
                achternaam=achternaam,
                functie=f"{functie} {FICTIEF}",
                begindatum=d.PERSONEN_SINDS,
            )
            rol = Werkgroeplid.Rol.VOORZITTER if org == trekker else Werkgroeplid.Rol.LID
            werkgroeplid_add(werkgroep=werkgroep, persoon=persoon, begindatum=begindatum, rol=rol)
        if terrein_slug == "inkoop":
            org, (vl, roepnaam, tv, achternaam) = INKOOPADVISEUR
            adviseur = persoon_create(
                organisatie=reg.org[org],
                voorletters=vl,
                roepnaam=roepnaam,
                tussenvoegsel=tv,
                achternaam=achternaam,
                functie=f"gezamenlijke inkoopadviseur van de DSZ-gemeenten {FICTIEF}",
                begindatum=d.PERSONEN_SINDS,
            )
            werkgroeplid_add(
                werkgroep=werkgroep,
                persoon=adviseur,
                begindatum=begindatum,
                rol=Werkgroeplid.Rol.SECRETARIS,
            )
    return terreinen
