// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <algorithm>

/// Text-level helpers the readers of JSON maps share (CycloneDX, Structurizr): where a file's content starts and on
/// which line each identifier is written, for notes and errors (QJsonDocument keeps no lines).
namespace bulwark::exchange::jsonscan {

/// The bytes after a UTF-8 byte order mark and leading blanks.
inline QByteArrayView content(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    qsizetype i = 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
        ++i;
    return bytes.sliced(i);
}

/// For each string value of the JSON member `name` (with its quotes: "\"bom-ref\""), the line of its first
/// occurrence. A text-level scan, only for the lines in notes and errors; values with escapes are not indexed.
inline QHash<QString, int> memberLines(const QByteArray &bytes, QByteArrayView name)
{
    QHash<QString, int> lines;
    int line = 1;
    qsizetype counted = 0;
    qsizetype at = 0;
    while ((at = bytes.indexOf(name, at)) >= 0) {
        line += int(std::count(bytes.begin() + counted, bytes.begin() + at, '\n'));
        counted = at;
        qsizetype p = at + name.size();
        at = p;
        while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\n' || bytes[p] == '\r'))
            ++p;
        if (p >= bytes.size() || bytes[p] != ':')
            continue;
        ++p;
        while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t' || bytes[p] == '\n' || bytes[p] == '\r'))
            ++p;
        if (p >= bytes.size() || bytes[p] != '"')
            continue;
        const qsizetype start = p + 1;
        qsizetype end = start;
        while (end < bytes.size() && bytes[end] != '"' && bytes[end] != '\\' && bytes[end] != '\n')
            ++end;
        if (end >= bytes.size() || bytes[end] != '"')
            continue;
        const QString value = QString::fromUtf8(bytes.constData() + start, end - start);
        if (!lines.contains(value))
            lines.insert(value, line + int(std::count(bytes.begin() + counted, bytes.begin() + start, '\n')));
    }
    return lines;
}

} // namespace bulwark::exchange::jsonscan
