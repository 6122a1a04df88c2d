"""Money in integer eurocents: reading euros, exact allocation over partners, Dutch formatting.

Pure Python, no Django. :func:`allocate` splits an amount over weights by the largest-remainder
method (Hamilton): every partner gets the floor of its exact quota, and the cents that are left
go, one each, to the partners with the largest remainders (ties: the earlier partner). The parts
always add up to the amount to the cent, and a partner with weight 0 never gets a cent.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

HONDERD = Decimal(100)


class BedragFout(ValueError):
    """An amount that is not a number of euros with at most two decimals (Dutch message)."""


def cents(euros: Decimal | int | float | str) -> int:
    """Eurocents of an amount in euros with at most two decimals (``1234.56`` → 123456)."""
    try:
        value = euros if isinstance(euros, Decimal) else Decimal(str(euros))
    except InvalidOperation as exc:
        raise BedragFout(f"'{euros}' is geen bedrag in euro's.") from exc
    if not value.is_finite():
        raise BedragFout(f"'{euros}' is geen bedrag in euro's.")
    scaled = value * HONDERD
    if scaled != scaled.to_integral_value():
        raise BedragFout(f"{value} heeft meer dan twee decimalen; bedragen zijn in hele centen.")
    return int(scaled)


def euros(amount: int) -> Decimal:
    """The amount in euros as a Decimal with two decimals (123456 → Decimal('1234.56'))."""
    return (Decimal(amount) / HONDERD).quantize(Decimal("0.01"))


def integer_weights(weights: Sequence[Fraction]) -> list[int]:
    """The same proportions as integers (multiplied by the common denominator)."""
    if not weights:
        return []
    common = math.lcm(*(w.denominator for w in weights))
    return [int(w * common) for w in weights]


def allocate(amount: int, weights: Sequence[int]) -> list[int]:
    """Split ``amount`` (eurocents, any sign) in proportion to ``weights`` (integers >= 0).

    The parts add up to ``amount`` exactly; see the module docstring for the rule.
    """
    total = sum(weights)
    if total <= 0 or any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative with a positive sum")
    floors = [amount * w // total for w in weights]
    remainders = [amount * w % total for w in weights]
    left = amount - sum(floors)  # 0 <= left < number of positive weights
    for i in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:left]:
        floors[i] += 1
    return floors


def indexed(amount: int, rate: Decimal, years: int) -> int:
    """``amount`` grown by ``rate`` a year for ``years`` years, rounded half up to the cent."""
    if years == 0 or rate == 0:
        return amount
    with localcontext() as ctx:
        ctx.prec = 60
        value = Decimal(amount) * (1 + rate) ** years
        return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_euro(amount: int, *, centen: bool = False) -> str:
    """``€ 1.234.567`` (whole euros, rounded half up) or ``€ 1.234.567,89`` with ``centen``."""
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    if centen:
        whole, rest = divmod(amount, 100)
        return f"€ {sign}{whole:,}".replace(",", ".") + f",{rest:02d}"
    whole = (amount + 50) // 100
    return f"€ {sign}{whole:,}".replace(",", ".")


def format_euro_kort(amount: float) -> str:
    """A short axis label: ``€ 1,2 mln``, ``€ 250k``, ``€ 900`` (amount in eurocents)."""
    value = amount / 100
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value >= 1_000_000:
        text = f"{value / 1_000_000:.1f}".replace(".", ",").removesuffix(",0") + " mln"
    elif value >= 1_000:
        text = f"{value / 1_000:.0f}k"
    else:
        text = f"{value:.0f}"
    return f"€ {sign}{text}"


def format_procent(value: Decimal | float, decimalen: int = 1) -> str:
    """``4%`` or ``2,5%`` for a fraction (0.025)."""
    number = Decimal(str(value)) * HONDERD
    text = f"{number:.{decimalen}f}".rstrip("0").rstrip(".") if decimalen else f"{number:.0f}"
    return text.replace(".", ",") + "%"


def lees_getal(text: str, *, duizendtallen: bool = False) -> Decimal:
    """A number as people type it: ``1.200.000,50``, ``1200000.50``, ``2,5``, ``€ 300``, ``4%``.

    With ``duizendtallen`` (amounts) a single dot followed by exactly three digits is a
    thousands separator (``1.200`` is 1200); otherwise a dot is a decimal point.
    Raises ``BedragFout`` with a Dutch message.
    """
    cleaned = text.strip().replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    elif duizendtallen and "." in cleaned:
        whole, _, frac = cleaned.partition(".")
        if len(frac) == 3 and whole.lstrip("-") not in ("", "0"):
            cleaned = whole + frac
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise BedragFout(f"'{text}' is geen getal.") from exc
    if not value.is_finite():
        raise BedragFout(f"'{text}' is geen getal.")
    return value


def format_getal(value: Decimal | int, decimalen: int | None = None) -> str:
    """``1.200.000``, ``1.234,56`` or ``2,5``: Dutch, without trailing zeros."""
    number = Decimal(value)
    if decimalen is not None:
        number = number.quantize(Decimal(1).scaleb(-decimalen))
    sign = "-" if number < 0 else ""
    text = f"{abs(number):f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + (f",{frac}" if frac else "")
