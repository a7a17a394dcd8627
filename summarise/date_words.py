"""Weekday, month and relative-day words of the languages news arrives in, mapped to English. Data only.

``dates`` finds these phrases in a sentence and resolves them with its English rules, so "во вторник",
"am Dienstag", "mardi" and "el jueves" are a Tuesday or a Thursday before the page's date, and
"12 июня" is June 12 of the page's year.
"""

from __future__ import annotations

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "monday": ("понедельник", "понедельника", "понеділок", "понеділка", "montag", "montags", "lundi", "lunes"),
    "tuesday": ("вторник", "вторника", "вівторок", "вівторка", "dienstag", "dienstags", "mardi", "martes"),
    "wednesday": ("среду", "среда", "середу", "середа", "mittwoch", "mittwochs", "mercredi", "miércoles", "miercoles"),
    "thursday": ("четверг", "четверга", "четвер", "четверга", "donnerstag", "donnerstags", "jeudi", "jueves"),
    "friday": ("пятницу", "пятница", "пʼятницю", "п'ятницю", "пятниці", "freitag", "freitags", "vendredi", "viernes"),
    "saturday": (
        "субботу",
        "суббота",
        "суботу",
        "субота",
        "samstag",
        "samstags",
        "sonnabend",
        "samedi",
        "sábado",
        "sabado",
    ),
    "sunday": ("воскресенье", "неділю", "неділя", "sonntag", "sonntags", "dimanche", "domingo"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "january": ("января", "январь", "січня", "januar", "janvier", "enero"),
    "february": ("февраля", "февраль", "лютого", "februar", "février", "fevrier", "febrero"),
    "march": ("марта", "март", "березня", "märz", "maerz", "mars", "marzo"),
    "april": ("апреля", "апрель", "квітня", "avril", "abril"),
    "may": ("мая", "май", "травня", "mai", "mayo"),
    "june": ("июня", "июнь", "червня", "juni", "juin", "junio"),
    "july": ("июля", "июль", "липня", "juli", "juillet", "julio"),
    "august": ("августа", "август", "серпня", "août", "aout", "agosto"),
    "september": ("сентября", "сентябрь", "вересня", "septembre", "septiembre", "setiembre"),
    "october": ("октября", "октябрь", "жовтня", "oktober", "octobre", "octubre"),
    "november": ("ноября", "ноябрь", "листопада", "novembre", "noviembre"),
    "december": ("декабря", "декабрь", "грудня", "dezember", "décembre", "decembre", "diciembre"),
}

RELATIVE: dict[str, tuple[str, ...]] = {
    "yesterday": ("вчера", "вчора", "gestern", "hier", "ayer"),
    "today": ("сегодня", "сьогодні", "heute", "aujourd'hui", "hoy"),
}


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word: english for english, words in table.items() for word in words}


WEEKDAY_WORDS = _lookup(WEEKDAYS)
MONTH_WORDS = _lookup(MONTHS)
RELATIVE_WORDS = _lookup(RELATIVE)
