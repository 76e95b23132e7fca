# Passing a page on, and calendar subscriptions.
share-heading = Weitersagen
share-sms = SMS
share-email = E-Mail
share-link = Link zu dieser Seite
share-copy-button = Link kopieren
share-copied = Link kopiert
share-button = Teilen …
calendar-subscribe = Im Kalender abonnieren
calendar-subscribe-hint = Neue Termine kommen von selbst (webcal)
next-dates-add = Tippen Sie auf einen Termin, um ihn in Ihren Kalender einzutragen.
