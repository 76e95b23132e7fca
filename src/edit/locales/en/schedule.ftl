# The schedule editor (src/edit/schedule_form.rs). Plain language.

sch-legend = Dates
sch-form-legend = When does the offering take place?
sch-form-one = On one day
sch-form-days = Several days in a row
sch-form-dates = On single dates
sch-form-weekly = Every week
sch-form-monthly = Every month
sch-form-appointment = By appointment
sch-only-chosen = Only the details of the kind you chose above count.

sch-date = Date
sch-start = Start
sch-end = End
sch-first-day = First day
sch-last-day = Last day
sch-days-times = Only enter times if they are the same on every day.
sch-date-placeholder = YYYY-MM-DD
sch-time-placeholder = HH:MM

sch-row = Date
sch-rows-hint = There are always two empty dates at the end for adding more. New ones appear after saving. To delete a date, empty all its fields.
sch-choose = – please choose –
sch-other-value = As entered:

sch-day = Weekday
sch-day-mon = Monday
sch-day-tue = Tuesday
sch-day-wed = Wednesday
sch-day-thu = Thursday
sch-day-fri = Friday
sch-day-sat = Saturday
sch-day-sun = Sunday

sch-week = In the month
sch-week-1 = every first
sch-week-2 = every second
sch-week-3 = every third
sch-week-4 = every fourth
sch-week-last = every last

sch-interval = How often?
sch-interval-1 = every week
sch-interval-2 = every 2nd week (every 14 days)
sch-interval-3 = every 3rd week
sch-interval-4 = every 4th week
sch-interval-hint = For "every 2nd week" and less often: enter the day of the first meeting under "Starts on". It decides which weeks count.

sch-period = Period
sch-period-hint = Both are optional. Leave them empty if the offering has no end.
sch-from = Starts on
sch-until = Ends on
sch-except = Cancelled
sch-except-hint = Days on which the meeting does not take place, for example in the school holidays or on public holidays.
sch-except-row = Cancelled day

sch-appointment-note = There are no fixed dates. People get in touch and arrange a time.

sch-next-title = The next dates
sch-next-none = No upcoming dates.
sch-next-appointment = No fixed dates: by appointment.
sch-next-problem = The dates cannot be worked out like this yet:
