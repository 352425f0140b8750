# Writes, one line each, what the AT-SPI bus tells a screen reader about outcome-tracker: the object that takes the
# keyboard (role, name, description, states), answers checked, notifications and dialogs shown, and the name,
# description and value changes of the focused object (what Orca reads out). Used by odi-transcript.sh.
import sys

import pyatspi

out = open(sys.argv[1], "a", buffering=1)
# Roles read out when they appear, wherever the keyboard is.
SHOWN = {pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_ALERT, pyatspi.ROLE_DIALOG}


def words(obj):
    try:
        text = f"[{obj.getRoleName()}] {obj.name!r}"
        if obj.description:
            text += f" — {obj.description}"
        return text
    except Exception as error:  # the object may be gone by the time it is read
        return f"<gone: {error}>"


def states(obj):
    try:
        state = obj.getState()
    except Exception:
        return ""
    marks = [name for flag, name in ((pyatspi.STATE_CHECKED, "checked"), (pyatspi.STATE_SELECTED, "selected"),
                                     (pyatspi.STATE_INVALID_ENTRY, "invalid entry"))
             if state.contains(flag)]
    return f" ({', '.join(marks)})" if marks else ""


def focused(obj):
    try:
        return obj.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def heard(event):
    source = event.source
    try:
        if source.getApplication().name != "outcome-tracker":
            return
    except Exception:
        return
    kind = event.type
    if kind.startswith("object:state-changed:focused"):
        if event.detail1:
            out.write(f"focus      {words(source)}{states(source)}\n")
    elif kind.startswith("object:state-changed:checked"):
        if event.detail1:
            out.write(f"checked    {words(source)}\n")
    elif kind.startswith("object:state-changed:showing"):
        if event.detail1 and source.getRole() in SHOWN:
            out.write(f"shown      {words(source)}\n")
    elif kind.startswith("object:property-change:accessible-"):
        what = kind.rsplit("-", 1)[-1]
        if focused(source):
            out.write(f"{what:<10} {words(source)}\n")
    elif kind.startswith("object:announcement"):
        out.write(f"announced  {event.any_data}\n")
    elif kind.startswith("window:activate"):
        out.write(f"window     {source.name!r}\n")


pyatspi.Registry.registerEventListener(
    heard, "object:state-changed:focused", "object:state-changed:checked", "object:state-changed:showing",
    "object:property-change:accessible-name", "object:property-change:accessible-description",
    "object:property-change:accessible-value", "object:announcement", "window:activate")
pyatspi.Registry.start()
