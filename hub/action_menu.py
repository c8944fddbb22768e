"""The page editor's main button for people who cannot publish: submit for approval.

Wagtail makes "Save draft" the button and puts "Submit to <workflow>" under its arrow,
where partners did not find it. For a user who is offered no "Publish" action, the submit
item moves first, so it becomes the button and "Save draft" moves under the arrow. Users
who can publish (the comms team, administrators) keep Wagtail's order.
"""

PUBLISH = "action-publish"
SUBMIT = "action-submit"


def submit_first_for_non_publishers(menu_items, request, context) -> None:
    names = [item.name for item in menu_items]
    if PUBLISH in names or SUBMIT not in names:
        return
    submit = menu_items.pop(names.index(SUBMIT))
    menu_items.insert(0, submit)
