// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/episodeheader.h"

#include "episode/episode.h"
#include "ui/theme.h"

#include <QBoxLayout>
#include <QBuffer>
#include <QEvent>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace hark {

namespace {

// A picture's bytes decoded no larger than @p size device pixels a side (a 3000-pixel cover shown at 70 is
// never held whole); null when they are not a picture.
QPixmap decodePicture(const QByteArray &bytes, int size, qreal devicePixelRatio)
{
    if (bytes.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    if (const QSize full = reader.size(); full.isValid() && std::max(full.width(), full.height()) > size)
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    QPixmap picture = QPixmap::fromImage(reader.read());
    picture.setDevicePixelRatio(devicePixelRatio);
    return picture;
}

} // namespace

EpisodeHeader::EpisodeHeader(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    m_cover = new QLabel(this);
    const int coverSize = fontMetrics().height() * 4;
    m_cover->setFixedSize(coverSize, coverSize);
    m_cover->setScaledContents(true);
    m_cover->setAccessibleName(tr("Cover art"));
    m_cover->setObjectName(QStringLiteral("cover"));
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    quietenSubtitle();
    titles->addStretch();
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addStretch();
    layout->addWidget(m_cover);
    layout->addLayout(titles, 1);
}

void EpisodeHeader::showEpisode(const Episode *episode)
{
    m_title->setText(episode ? episode->title() : QString());
    QStringList sub;
    if (episode && !episode->show().isEmpty())
        sub.append(episode->show());
    if (episode && episode->date().isValid())
        sub.append(QLocale().toString(episode->date(), QLocale::LongFormat));
    else if (episode && episode->year() > 0)
        sub.append(QString::number(episode->year()));
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    const qreal ratio = devicePixelRatioF();
    const int size = int(std::ceil(m_cover->width() * ratio));
    m_episodeCover = episode ? decodePicture(episode->cover(), size, ratio) : QPixmap();
    if (m_episodeCover.isNull())
        m_episodeCover = style()->standardIcon(QStyle::SP_MediaVolume).pixmap(m_cover->size());
    m_pictures.clear();
    if (episode) {
        for (const Chapter &c : episode->transcript().chapters)
            m_pictures.append(decodePicture(c.imageData, size, ratio));
    }
    showPicture(-1);
}

void EpisodeHeader::showPicture(int chapter)
{
    const QPixmap picture = chapterPicture(chapter);
    m_cover->setPixmap(picture.isNull() ? m_episodeCover : picture);
}

void EpisodeHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        quietenSubtitle();
    QWidget::changeEvent(event);
}

void EpisodeHeader::quietenSubtitle()
{
    // The subtitle is quieter than the title, and still readable (WCAG AA) on the window.
    const QColor window = palette().color(QPalette::Window);
    QPalette quiet = m_subtitle->palette();
    quiet.setColor(QPalette::WindowText,
        theme::textOn(
            theme::over(palette().color(QPalette::PlaceholderText), window), window, theme::kReadable));
    m_subtitle->setPalette(quiet);
}

} // namespace hark
