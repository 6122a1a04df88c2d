"""The dates of the DSZ demo, each with where it comes from.

The two sources are the raadscommissievoorstel of Dalfsen of 8 March 2012 (agendapunt 7) and the
status note of September 2012. Where a source gives a date only roughly, the demo picks a day
inside it and stores the matching precision, so that reports write "medio mei 2012". Where the
sources give no date at all, the date is an assumption and the record that uses it says so
(``AANNAME``).
"""

from __future__ import annotations

import datetime as dt

#: Appended to a record's text where the date is assumed.
AANNAME = "Aanname: de bronnen noemen geen datum"

# Before 2012 --------------------------------------------------------------------------------
#: DSZ cooperation "speelt al enkele jaren" (September 2012): assumed.
DSZ_SINDS = dt.date(2009, 1, 1)
#: From when the people of the demo hold their function: assumed, the sources do not say.
PERSONEN_SINDS = dt.date(2011, 1, 1)
#: Dalfsen's council adopts the motion "Sterker Dichtbij".
MOTIE = dt.date(2011, 11, 28)

# The March 2012 state -----------------------------------------------------------------------
#: The ICT working group works out a business case after the two-year pool: assumed, "januari".
ICT_BUSINESSCASE = dt.date(2012, 1, 1)
#: Zwolle, Kampen and the Province express the intention of an SSC: assumed, "begin 2012".
SSC_VOORNEMEN = dt.date(2012, 1, 1)
#: The raadscommissievoorstel (agendapunt 7, Decosnummer 38): the March state, "uiterlijk".
MAART_NOTITIE = dt.date(2012, 3, 8)

# March - September 2012 ---------------------------------------------------------------------
#: "Medio mei 2012": the Facilitaire Zaken memo (a day before the meeting that answered it).
FZ_MEMO = dt.date(2012, 5, 14)
#: "Medio mei 2012" / "in mei 2012": steering group and mayors on the ICT business plan.
MEI_OVERLEG = dt.date(2012, 5, 15)
#: "In juni 2012": Belastingen & Geo present their plan.
BG_PLAN = dt.date(2012, 6, 12)
#: "In juni 2012": steering group and mayors approve it (a later day in the same month).
JUNI_OVERLEG = dt.date(2012, 6, 19)
#: Zwolle, Kampen and the Province sign the SSC covenant ("op 25 juni jl.").
SSC_CONVENANT = dt.date(2012, 6, 25)
#: Original planned date of the Inkoop, P&O and Facilitaire Zaken business plans: assumed.
BUSINESSPLANNEN_OORSPRONKELIJK = dt.date(2012, 6, 30)
#: "Begin juli 2012": steering group and mayors on the Financiën working group's proposals.
JULI_OVERLEG = dt.date(2012, 7, 3)
#: "Vanaf september": the ICT working group starts the practical cooperation.
ICT_START = dt.date(2012, 9, 1)
#: The September 2012 status note: the sources give the month only, the day is assumed.
SEPTEMBER_NOTITIE = dt.date(2012, 9, 10)

# Planned in the September 2012 note -----------------------------------------------------------
#: "Maandag 24 september 2012": Inkoop and P&O present their business plans.
PRESENTATIE_INKOOP_PO = dt.date(2012, 9, 24)
#: The college informs the council in September 2012 (due date, precision "maand").
TOEZEGGING_SEPTEMBER = dt.date(2012, 9, 30)
#: "Begin november 2012": Belastingen & Geo report on progress.
BG_RAPPORTAGE = dt.date(2012, 11, 1)
#: "In december 2012" the college informs the council again (due date, precision "maand").
TOEZEGGING_DECEMBER = dt.date(2012, 12, 31)
#: The SSC is to be operational: the only date of the demo after 2012, and it is a plan.
SSC_OPERATIONEEL = dt.date(2013, 1, 1)

#: Nothing that happened in the demo is dated after this day.
LAATSTE_DAG = dt.date(2012, 12, 31)
