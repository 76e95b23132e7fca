# Der Termin-Editor (src/edit/schedule_form.rs). Klare, einfache Sprache.

sch-legend = Termine
sch-form-legend = Wann findet das Angebot statt?
sch-form-one = An einem Tag
sch-form-days = Mehrere Tage hintereinander
sch-form-dates = An einzelnen Terminen
sch-form-weekly = Jede Woche
sch-form-monthly = Jeden Monat
sch-form-appointment = Nach Vereinbarung
sch-only-chosen = Es zählen nur die Angaben zu der Art, die Sie oben ausgewählt haben.

sch-date = Datum
sch-start = Beginn
sch-end = Ende
sch-first-day = Erster Tag
sch-last-day = Letzter Tag
sch-days-times = Uhrzeiten nur eintragen, wenn sie an jedem Tag gleich sind.
sch-date-placeholder = JJJJ-MM-TT
sch-time-placeholder = HH:MM

sch-row = Termin
sch-rows-hint = Am Ende sind immer zwei leere Termine zum Ergänzen. Nach dem Speichern kommen neue dazu. Um einen Termin zu löschen, leeren Sie alle seine Felder.
sch-choose = – bitte wählen –
sch-other-value = So eingetragen:

sch-day = Wochentag
sch-day-mon = Montag
sch-day-tue = Dienstag
sch-day-wed = Mittwoch
sch-day-thu = Donnerstag
sch-day-fri = Freitag
sch-day-sat = Samstag
sch-day-sun = Sonntag

sch-week = Im Monat
sch-week-1 = jeden ersten
sch-week-2 = jeden zweiten
sch-week-3 = jeden dritten
sch-week-4 = jeden vierten
sch-week-last = jeden letzten

sch-interval = Wie oft?
sch-interval-1 = jede Woche
sch-interval-2 = jede 2. Woche (alle 14 Tage)
sch-interval-3 = jede 3. Woche
sch-interval-4 = jede 4. Woche
sch-interval-hint = Bei „jede 2. Woche“ und seltener: Tragen Sie bei „Beginnt am“ den Tag des ersten Treffens ein. Davon hängt ab, welche Wochen zählen.

sch-period = Zeitraum
sch-period-hint = Beide Angaben sind freiwillig. Leer lassen, wenn das Angebot kein Ende hat.
sch-from = Beginnt am
sch-until = Endet am
sch-except = Fällt aus
sch-except-hint = Tage, an denen das Treffen ausfällt, zum Beispiel in den Ferien oder an Feiertagen.
sch-except-row = Ausfall-Tag

sch-appointment-note = Es gibt keine festen Termine. Interessierte melden sich und machen einen Termin aus.

sch-next-title = Die nächsten Termine
sch-next-none = Keine kommenden Termine.
sch-next-appointment = Keine festen Termine: nach Vereinbarung.
sch-next-problem = So lassen sich die Termine noch nicht berechnen:
