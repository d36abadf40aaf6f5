"""Build the domain instrument from a validated ``instrument.yaml`` model."""

from __future__ import annotations

from medbetjening.content.assessment_schema import InstrumentModel, TextModel, WhenModel
from medbetjening.domain import assessment as d


def _text(model: TextModel) -> d.Text:
    return d.Text(da=model.da, en=model.en)


def _when(model: WhenModel) -> d.When:
    mode = "all" if model.all is not None else "any"
    conditions = []
    for c in model.all or model.any or []:
        if c.item is not None:
            conditions.append(
                d.Condition(
                    d.Subject.ITEM,
                    c.item,
                    minimum=c.min,
                    maximum=c.max,
                    choices=frozenset(c.in_ or ()),
                )
            )
        elif c.barrier is not None or c.no_barrier is not None:
            conditions.append(
                d.Condition(
                    d.Subject.BARRIER, c.barrier or str(c.no_barrier), present=c.barrier is not None
                )
            )
        else:
            conditions.append(
                d.Condition(d.Subject.LEVEL, minimum=c.level_min, maximum=c.level_max)
            )
    return d.When(mode, tuple(conditions))


def build_instrument(model: InstrumentModel) -> d.Instrument:
    scales = {
        name: d.Scale(
            name,
            d.ScaleKind(scale.kind),
            tuple(
                d.Option(key=o.key, text=_text(o.text), value=o.value, code=o.code, key_en=o.key_en)
                for o in scale.options
            ),
        )
        for name, scale in model.scales.items()
    }
    items = tuple(
        d.Item(
            id=item.id,
            area=item.area,
            mode=d.Mode(item.mode),
            scale=scales[item.scale],
            text=_text(item.text),
            hint=_text(item.hint) if item.hint else None,
            source=item.source,
            anchors={score: _text(text) for score, text in item.anchors.items()},
            not_applicable=d.NotApplicable(
                _when(item.not_applicable.when), _text(item.not_applicable.reason)
            )
            if item.not_applicable
            else None,
        )
        for item in model.items
    )
    levels = tuple(
        sorted(
            (
                d.LevelRule(
                    level=rule.level,
                    name=_text(rule.name),
                    advice=_text(rule.advice),
                    requires=d.Requirements(
                        areas=dict(rule.requires.areas),
                        items=dict(rule.requires.items),
                        at_least=tuple(
                            d.AtLeast(a.count, a.score, a.area) for a in rule.requires.at_least
                        ),
                    )
                    if rule.requires
                    else d.Requirements(),
                )
                for rule in model.levels
            ),
            key=lambda rule: rule.level,
        )
    )
    return d.Instrument(
        id=model.id,
        version=model.version,
        title=_text(model.title),
        scales=scales,
        areas=tuple(d.Area(a.id, _text(a.name)) for a in model.areas),
        items=items,
        levels=levels,
        flag=d.Flag(
            model.flag.id, _text(model.flag.name), _when(model.flag.when), model.flag.source
        ),
        barriers=tuple(
            d.Barrier(b.id, _text(b.name), _when(b.when), b.source) for b in model.barriers
        ),
        routes=tuple(
            d.Route(
                id=r.id,
                kind=d.RouteKind(r.kind),
                name=_text(r.name),
                advice=_text(r.advice),
                when=_when(r.when) if r.when else None,
                flow=r.flow,
            )
            for r in model.routes
        ),
        suggestions=tuple(
            d.Suggestion(s.id, _text(s.name), _text(s.advice), _when(s.when), s.flow)
            for s in model.suggestions
        ),
    )
