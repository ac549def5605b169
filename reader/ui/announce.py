"""Status changes said out loud: a screen reader hears what a sighted user sees change
(result counts, "Bladwijzer toegevoegd", find counts), through Qt's accessibility
announcement event (Qt 6.8+; issue 21, EN 301 549 4.1.3 "Status messages").

`recent` keeps the last announcements, so that tests (and a curious developer) can see what
was said without a screen reader attached.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

recent: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have assistive technology say `text` (politely: after what it is saying now)."""
    text = " ".join(text.split())
    if not text:
        return
    recent.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
