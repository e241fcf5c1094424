// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace hark {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hark::TextDecoder)
};

// Windows-1252 0x80..0x9F; 0 marks the five undefined bytes, kept as their C1 code points.
constexpr char16_t kCp1252High[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };

// Byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra;
        char32_t min;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// UTF-16 without a BOM shows as a zero in every other byte of ASCII-heavy text.
std::optional<QStringConverter::Encoding> sniffUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

bool looksBinary(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != u'\v')
            ++controls;
    }
    return controls * 20 > n; // more than 5 % control characters
}

} // namespace

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        const char16_t mapped = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : 0;
        *d++ = QChar(mapped ? mapped : char16_t(b));
    }
    return out;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes)
{
    Result r;
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else {
        utf16 = sniffUtf16(bytes);
    }

    const QByteArray body = skip ? bytes.mid(skip) : bytes;
    if (utf16) {
        QStringDecoder decoder(*utf16);
        r.text = decoder.decode(body);
        r.encoding
            = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        r.text = fromWindows1252(body);
        r.encoding = QStringLiteral("Windows-1252");
        const int line = int(body.left(bad).count('\n')) + 1;
        const int column = int(bad - (body.lastIndexOf('\n', bad - 1) + 1)) + 1;
        r.warning = Diagnostic { line, column,
            Tr::tr("invalid UTF-8 (byte 0x%1); the file was read as Windows-1252")
                .arg(QString::number(static_cast<unsigned char>(body[bad]), 16).toUpper()) };
    } else {
        r.text = QString::fromUtf8(body);
        r.encoding = QStringLiteral("UTF-8");
    }

    // A byte order mark inside the text (files glued together) is invisible and means nothing there.
    r.text.remove(QChar(0xFEFF));
    if (looksBinary(r.text)) {
        r.text.clear();
        r.error = Diagnostic { 0, 0, Tr::tr("expected text, found binary data") };
    }
    return r;
}

} // namespace hark
