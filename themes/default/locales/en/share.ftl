# Passing a page on, and calendar subscriptions.
share-heading = Pass it on
share-sms = SMS
share-email = E-mail
share-link = Link to this page
share-copy-button = Copy link
share-copied = Link copied
share-button = Share…
calendar-subscribe = Subscribe in your calendar
calendar-subscribe-hint = New dates arrive by themselves (webcal)
next-dates-add = Tap a date to add it to your calendar.
