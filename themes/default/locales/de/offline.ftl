# The offline page of the default theme (shown by the service worker for a
# page that was not saved), and what it says.
# Every language folder beside this one must have the same message ids, in the same order.

offline-title = Sie sind offline
offline-text = Sie sind offline. Diese Seite wurde nicht auf Ihrem Handy gespeichert.
offline-kept = Seiten, die Sie online geöffnet haben, können Sie auch ohne Internet lesen.
offline-home = Zur Startseite
