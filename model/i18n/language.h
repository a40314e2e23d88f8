// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

/// The languages Bulwark speaks and which one a text is looked up in (docs/architecture.md, "Languages").
///
/// Every program that links the model installs one translator at QCoreApplication start. It looks a text up in the
/// catalogues of the current language: the process's language (the system's, or BULWARK_LANGUAGE, or the window's
/// setting), unless the current thread asked for another one with ScopedLanguage, which is how a report is written in
/// German while the window speaks English. English is the source language; its catalogue holds only plural forms
/// ("1 day", "2 days").
namespace bulwark::i18n {

/// The languages Bulwark has catalogues for, as ISO 639-1 codes: "en" first, then "de".
QStringList languages();
/// The language's name in itself, for a choice list: "English", "Deutsch".
QString nativeName(const QString &code);
/// What a user's choice means: "" or "system" is the first of the system's UI languages that Bulwark speaks, else
/// English; a code Bulwark speaks ("de", "de_AT", "en-GB") is that language; anything else is nullopt.
std::optional<QString> resolve(const QString &choice);

/// The process's language: the one texts are looked up in unless a thread chose another.
QString language();
/// Sets the process's language (a code from languages()); false, and no change, for a language Bulwark lacks.
bool setLanguage(const QString &code);
/// The current thread's language: ScopedLanguage's if one is alive on this thread, else the process's.
QString currentLanguage();

/// For the current thread only, texts are looked up in `code` (and locale() formats for it) while this lives.
/// An empty or unknown code keeps the current language.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    int m_previous;
};

/// The locale numbers and dates are written in: under a ScopedLanguage its language's (English: en_US, German:
/// de_DE), so a report reads the same on every machine; otherwise the user's (QLocale()).
QLocale locale();
/// The locale of a language code (en_US for "en", de_DE for "de").
QLocale localeOf(const QString &code);

/// Installs the translator (done at QCoreApplication start by every program that links the model; safe to repeat).
bool installTranslator();

} // namespace bulwark::i18n
