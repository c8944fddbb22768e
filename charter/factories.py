"""Factories for the charter and its principles, used by the tests and the demo loader."""

import factory
import wagtail_factories

from charter.models import CharterPage, MaturityLevel, PrinciplePage

#: The rich-text fields of a principle, each filled from one fake paragraph.
PRINCIPLE_TEXT_FIELDS = [
    "description",
    "rationale",
    "commitments",
    "level_initial",
    "level_developing",
    "level_mature",
    "level_leading",
]


def _paragraph(index: int):
    return factory.LazyAttribute(lambda page: f"<p>{page.paragraphs[index]}</p>")


class CharterPageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    intro = factory.Faker("paragraph")
    how_to_sign = factory.LazyAttribute(lambda page: f"<p>{page.how_to_sign_text}</p>")

    class Params:
        how_to_sign_text = factory.Faker("paragraph")

    class Meta:
        model = CharterPage


class PrinciplePageFactory(wagtail_factories.PageFactory):
    title = factory.Faker("sentence", nb_words=4)
    number = factory.Sequence(lambda n: n + 1)
    summary = factory.Faker("sentence", nb_words=16)
    description = _paragraph(0)
    rationale = _paragraph(1)
    commitments = _paragraph(2)
    level_initial = _paragraph(3)
    level_developing = _paragraph(4)
    level_mature = _paragraph(5)
    level_leading = _paragraph(6)
    metrics = factory.LazyAttribute(
        lambda page: [{"type": "metric", "value": text} for text in page.metric_texts]
    )
    actions = factory.LazyAttribute(
        lambda page: [
            {"type": "action", "value": {"level": str(level.value), "text": text}}
            for level, text in zip(MaturityLevel, page.action_texts, strict=True)
        ]
    )

    class Params:
        paragraphs = factory.Faker("paragraphs", nb=len(PRINCIPLE_TEXT_FIELDS))
        metric_texts = factory.Faker("sentences", nb=3)
        action_texts = factory.Faker("sentences", nb=len(MaturityLevel))

    class Meta:
        model = PrinciplePage
