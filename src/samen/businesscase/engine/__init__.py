"""The business-case engine: pure Python and numpy, no Django.

A business case (:class:`~.model.Case`) has a start year, a horizon (``looptijd``), a discount
rate, partners with their baseline costs and inhabitants, named allocation keys
(``verdeelsleutels``) and one or more scenarios of cost lines (``kostenregels``). The modules:

- :mod:`.model`: the case as frozen dataclasses (money in integer eurocents);
- :mod:`.money`: eurocents, largest-remainder allocation, Dutch formatting;
- :mod:`.keys`: the shares of an allocation key per partner (exact fractions);
- :mod:`.evaluate`: the exact evaluation per partner and year: costs, savings, net effect,
  cumulative effect, net present value (NCW), payback year, shortest horizon that pays back;
- :mod:`.montecarlo`: vectorised Monte Carlo over the ranges of the lines, and the tornado;
- :mod:`.validate` and :mod:`.fileformat`: the documented YAML/JSON case file, checked against
  the JSON Schema and the rules of the engine, with errors that name the line and the field;
- :mod:`.excel`: export to and import from an Excel workbook (openpyxl);
- :mod:`.charts`: server-side SVG charts; :mod:`.report`: text tables and JSON results.
"""
