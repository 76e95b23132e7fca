# Passing a page on, and calendar subscriptions.
# machine_translated: true — written with machine help; to be reviewed by a native speaker.
share-heading = شریک سازید
share-sms = پیام SMS
share-email = ایمیل
share-link = لینک این صفحه
share-copy-button = کاپی لینک
share-copied = لینک کاپی شد
share-button = شریک‌سازی…
calendar-subscribe = اشتراک در تقویم
calendar-subscribe-hint = تاریخ‌های نو خودکار می‌آیند (webcal)
next-dates-add = روی یک تاریخ بزنید تا به تقویم شما اضافه شود.
