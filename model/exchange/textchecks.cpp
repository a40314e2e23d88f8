// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exchange/textchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace bulwark::exchange {

int TextChecks::lineOf(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

qsizetype TextChecks::invalidUtf8At(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int codePoint = 0;
        if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            extra = 1;
            codePoint = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
            codePoint = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            extra = -1;
        }
        bool ok = extra > 0;
        for (int k = 1; ok && k <= extra; ++k) {
            if (i + k >= size || (data[i + k] & 0xc0) != 0x80)
                ok = false;
            else
                codePoint = (codePoint << 6) | (data[i + k] & 0x3f);
        }
        if (ok) {
            const unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
            ok = codePoint >= minimum[extra] && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
        }
        if (!ok)
            return i;
        i += extra + 1;
    }
    return -1;
}

Result<void> TextChecks::checkUtf8(const QByteArray &bytes, const QString &fileName)
{
    const qsizetype i = invalidUtf8At(bytes);
    if (i < 0)
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype lineStart = i;
    while (lineStart > 0 && data[lineStart - 1] != '\n' && data[lineStart - 1] != '\r')
        --lineStart;
    Error error = makeError(Error::Code::Format,
                            tr("column %1: the file is not valid UTF-8 (byte 0x%2). Save it as UTF-8 and "
                               "import it again.")
                                .arg(i - lineStart + 1)
                                .arg(uint(data[i]), 2, 16, QLatin1Char('0')));
    error.file = fileName;
    error.line = lineOf(bytes, i);
    return error;
}

QString TextChecks::fromUtf8(QByteArrayView bytes)
{
    // QString::fromUtf8() drops a byte order mark at the start; inside a value it must reach the text rule.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

Result<QString> TextChecks::decodeArgument(const char *argument, int position)
{
    const QByteArrayView bytes(argument);
    const qsizetype i = invalidUtf8At(bytes);
    if (i >= 0)
        return makeError(Error::Code::Invalid,
                         tr("argument %1 is not valid UTF-8 (byte 0x%2 at byte %3); the command line is read as "
                            "UTF-8, so check the terminal's or the script's encoding")
                             .arg(position)
                             .arg(uint(static_cast<unsigned char>(bytes[i])), 2, 16, QLatin1Char('0'))
                             .arg(i + 1));
    return fromUtf8(bytes);
}

QByteArray TextChecks::withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

Result<QByteArray> TextChecks::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Error::Code::NotFound, tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        return makeError(Error::Code::Io, tr("%1 is not a file.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        Error error = makeError(Error::Code::Format, tr("the file is empty"));
        error.file = info.fileName();
        return error;
    }
    return bytes;
}

} // namespace bulwark::exchange
