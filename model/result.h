// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace bulwark {

/// An error as a value: what went wrong, written for the user, and where in an input file it was found.
struct Error {
    enum class Code {
        Invalid,     ///< the input breaks a rule of the register
        NotFound,    ///< a key or file that does not exist
        Conflict,    ///< the change clashes with what is already there
        Format,      ///< the file cannot be read as the format it claims
        Io,          ///< the file system said no
        Database,    ///< SQLite refused; details went to the log
        Unsupported, ///< a newer or foreign file
        Canceled,    ///< the user stopped the work
        Tampered,    ///< the audit trail does not match its chain
    };

    Code code = Code::Invalid;
    QString message; ///< translated, for the user
    QString file;    ///< input file, if any
    int line = 0;    ///< 1-based line in file, 0 when not known
    QString field;   ///< field name, if any

    /// "file:line: field 'x': message", leaving out the parts that are not known.
    QString toString() const
    {
        QString prefix;
        if (!file.isEmpty())
            prefix = line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : QStringLiteral("%1: ").arg(file);
        else if (line > 0)
            prefix = QStringLiteral("line %1: ").arg(line);
        if (!field.isEmpty())
            prefix += QStringLiteral("field '%1': ").arg(field);
        return prefix + message;
    }
};

inline Error makeError(Error::Code code, const QString &message, const QString &field = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.field = field;
    return e;
}

/// A value or an Error; the same shape as std::expected so it can be swapped for it later.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) { }
    Result(T &&value) : m_data(std::move(value)) { }
    Result(const Error &error) : m_data(error) { }
    Result(Error &&error) : m_data(std::move(error)) { }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) { }
    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return !m_failed; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace bulwark
