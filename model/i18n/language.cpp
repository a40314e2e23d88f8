// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/i18n/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace bulwark::i18n {
namespace {

/// The languages, in the order of languages(): index 0 is English, the source language.
constexpr std::array<const char16_t *, 2> codes = {u"en", u"de"};
/// The catalogues of one language: one per library that has texts (a program has those it links).
constexpr std::array<const char *, 4> modules = {"model", "reports", "cli", "gui"};

std::atomic<int> processLanguage{0};
thread_local int threadLanguage = -1;

/// The index of the current thread's language: its ScopedLanguage's, else the process's.
int currentIndex()
{
    return threadLanguage >= 0 ? threadLanguage : processLanguage.load(std::memory_order_relaxed);
}

QString codeAt(int index)
{
    return QString::fromUtf16(codes[std::size_t(index)]);
}

int indexOf(QStringView code)
{
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code.compare(QStringView(codes[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

/// "de_AT", "de-DE", "de" -> the index of "de"; -1 for a language Bulwark lacks.
int indexOfLocaleName(const QString &name)
{
    qsizetype cut = name.size();
    for (const QChar separator : {u'_', u'-', u'.', u'@'}) {
        const qsizetype at = name.indexOf(separator);
        if (at >= 0 && at < cut)
            cut = at;
    }
    return indexOf(QStringView(name).left(cut));
}

/// Looks texts up in the current thread's language. One instance, installed once; its catalogues are loaded before it
/// is installed and only read afterwards, so any thread may translate at any time.
class Router final : public QTranslator
{
public:
    Router()
    {
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const QString code = codeAt(int(i));
            for (const char *module : modules) {
                const QString path = QStringLiteral(":/i18n/bulwark_%1_%2.qm").arg(QLatin1String(module), code);
                if (!QFile::exists(path))
                    continue;
                auto catalogue = std::make_unique<QTranslator>();
                if (catalogue->load(path))
                    m_catalogues[i].push_back(std::move(catalogue));
            }
            // Qt's own texts (a dialog's "Cancel", the file dialog) from Debian's qt6-translations-l10n.
            auto qt = std::make_unique<QTranslator>();
            if (i > 0 && qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                m_catalogues[i].push_back(std::move(qt));
        }
        // English plural forms: the last resort of every language, so that "%Ln day(s)" never shows its "(s)".
        if (!m_plurals.load(QStringLiteral(":/i18n/bulwark_en.qm")))
            qWarning("bulwark: the English plural forms are missing from the build");
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        for (const auto &catalogue : m_catalogues[std::size_t(currentIndex())]) {
            QString text = catalogue->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return m_plurals.translate(context, sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return false; }

private:
    std::array<std::vector<std::unique_ptr<QTranslator>>, codes.size()> m_catalogues;
    QTranslator m_plurals;
};

void installAtStart()
{
    installTranslator();
    const QString chosen = qEnvironmentVariable("BULWARK_LANGUAGE");
    setLanguage(resolve(chosen).value_or(*resolve(QString())));
}

} // namespace

// Every program linking the model (window, command line, tests) speaks the system's language from its first text.
Q_COREAPP_STARTUP_FUNCTION(installAtStart)

QStringList languages()
{
    QStringList list;
    for (std::size_t i = 0; i < codes.size(); ++i)
        list << codeAt(int(i));
    return list;
}

QString nativeName(const QString &code)
{
    switch (indexOf(code)) {
        case 0: return QStringLiteral("English");
        case 1: return QStringLiteral("Deutsch");
        default: return code;
    }
}

std::optional<QString> resolve(const QString &choice)
{
    if (choice.isEmpty() || choice.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        for (const QString &name : QLocale::system().uiLanguages()) {
            if (const int i = indexOfLocaleName(name); i >= 0)
                return codeAt(i);
        }
        return codeAt(0);
    }
    if (const int i = indexOfLocaleName(choice); i >= 0)
        return codeAt(i);
    return std::nullopt;
}

QString language()
{
    return codeAt(processLanguage.load());
}

bool setLanguage(const QString &code)
{
    const int i = indexOf(code);
    if (i < 0)
        return false;
    processLanguage.store(i);
    return true;
}

QString currentLanguage()
{
    return codeAt(currentIndex());
}

ScopedLanguage::ScopedLanguage(const QString &code) : m_previous(threadLanguage)
{
    if (const int i = indexOf(code); i >= 0)
        threadLanguage = i;
}

ScopedLanguage::~ScopedLanguage()
{
    threadLanguage = m_previous;
}

QLocale locale()
{
    return threadLanguage >= 0 ? localeOf(currentLanguage()) : QLocale();
}

QLocale localeOf(const QString &code)
{
    return indexOf(code) == 1 ? QLocale(QLocale::German, QLocale::Germany)
                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslator()
{
    // Lives as long as the process: an installed translator is not owned by the application, and a test may make a
    // second QCoreApplication after the first.
    static Router *const router = new Router;
    QCoreApplication::removeTranslator(router);
    return QCoreApplication::installTranslator(router);
}

} // namespace bulwark::i18n
