// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;

namespace hark {

class Episode;

/// The window's header: the cover (or the picture of the chapter playing), the title, and the show and date.
class EpisodeHeader : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodeHeader(QWidget *parent = nullptr);

    /// Shows @p episode (none: empty), and decodes its cover and its chapters' pictures once, at the size
    /// shown.
    void showEpisode(const Episode *episode);
    /// The picture of the transcript's chapter @p chapter (null when it has none, or for -1).
    QPixmap chapterPicture(int chapter) const { return m_pictures.value(chapter); }
    /// Shows the picture of @p chapter in the cover's place; the cover when it has none (or for -1).
    void showPicture(int chapter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void quietenSubtitle();

    QLabel *m_cover = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPixmap m_episodeCover;
    QList<QPixmap> m_pictures; ///< by chapter, hidden ones too (null: none)
};

} // namespace hark
