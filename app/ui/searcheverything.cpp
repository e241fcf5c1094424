// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searcheverything.h"

#include "core/settings.h"
#include "core/timecode.h"
#include "episode/playersession.h"
#include "library/podcastlibrary.h"
#include "library/searchservice.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QVBoxLayout>

namespace hark {

namespace {

constexpr int kPadding = 6;

QString heading(const SearchIndex::Hit &h)
{
    QStringList parts;
    parts.append(h.document.show.isEmpty() ? h.document.title
                                           : h.document.show + QStringLiteral(" — ") + h.document.title);
    if (h.document.published.isValid())
        parts.append(QLocale().toString(h.document.published.toLocalTime().date(), QLocale::ShortFormat));
    if (h.time >= 0)
        parts.append(timecode::formatClock(h.time));
    return parts.join(QStringLiteral(" · "));
}

bool onDisk(const SearchIndex::Hit &h)
{
    return QFileInfo::exists(h.document.audioPath);
}

/// The line as rich text: the words found in bold on @p tint, the speaker first.
QString lineHtml(const SearchIndex::Hit &h, const QColor &tint)
{
    QString html;
    if (!h.speaker.isEmpty())
        html
            += QStringLiteral("<span style=\"font-style:italic\">%1:</span> ").arg(h.speaker.toHtmlEscaped());
    int at = 0;
    for (const auto &[from, length] : h.marks) {
        html += h.text.mid(at, from - at).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background-color:%1\">%2</b>")
                    .arg(tint.name(), h.text.mid(from, length).toHtmlEscaped());
        at = from + length;
    }
    html += h.text.mid(at).toHtmlEscaped();
    return html;
}

/// A colour between the base and the highlight, for marks that stand out in light and dark schemes alike.
QColor tintOf(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor high = palette.color(QPalette::Highlight);
    return QColor::fromRgbF(base.redF() * 0.6f + high.redF() * 0.4f,
        base.greenF() * 0.6f + high.greenF() * 0.4f, base.blueF() * 0.6f + high.blueF() * 0.4f);
}

/// The line laid out for @p width, in @p font and @p text colour.
void layOut(
    QTextDocument &doc, const QModelIndex &index, const QStyleOptionViewItem &option, const QColor &text)
{
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    doc.setHtml(QStringLiteral("<body>") + index.data(SearchHitModel::LineRole).toString()
        + QStringLiteral("</body>"));
    doc.setTextWidth(std::max(80, option.rect.width() - 2 * kPadding));
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

} // namespace

void SearchHitModel::setHits(const QList<SearchIndex::Hit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const SearchIndex::Hit *SearchHitModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits[row] : nullptr;
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    const SearchIndex::Hit *h = hitAt(index.row());
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(heading(*h) + QStringLiteral(": ")
            + (h->speaker.isEmpty() ? QString() : h->speaker + u' ') + h->text
            + (onDisk(*h) ? QString() : tr(" (no longer on disk)")));
    case Qt::ToolTipRole:
        return onDisk(*h) ? h->document.audioPath : tr("No longer on disk: %1").arg(h->document.audioPath);
    case HeadingRole:
        return onDisk(*h) ? heading(*h) : tr("%1 · no longer on disk").arg(heading(*h));
    case LineRole:
        return lineHtml(*h, tintOf(QApplication::palette()));
    case PlainLineRole:
        return QString((h->speaker.isEmpty() ? QString() : h->speaker + QStringLiteral(": ")) + h->text);
    default:
        return {};
    }
}

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : option.palette.color(QPalette::PlaceholderText);
    painter->save();
    const QFont small = smaller(option.font);
    const QFontMetrics fm(small);
    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(area.topLeft(), QSize(area.width(), fm.height())),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(SearchHitModel::HeadingRole).toString(), Qt::ElideMiddle, area.width()));
    QTextDocument doc;
    layOut(doc, index, option, text);
    painter->translate(area.left(), area.top() + fm.height() + 2);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Measured as plain text, all of it in bold (so never short of what the marks take): laying out rich text
    // for every row would cost a list of 50 hits some 30 ms, where painting lays out only the rows seen.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    width = std::max(80, width - 2 * kPadding);
    QFont bold = option.font;
    bold.setBold(true);
    const QRect text = QFontMetrics(bold).boundingRect(
        QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data(SearchHitModel::PlainLineRole).toString());
    return { width + 2 * kPadding,
        QFontMetrics(smaller(option.font)).height() + 2 + text.height() + kPadding };
}

SearchEverything::SearchEverything(PodcastLibrary &library, PlayerSession &session, Settings &settings,
    SearchService &service, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_session(session)
    , m_settings(settings)
    , m_service(service)
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchHitModel(this))
{
    setObjectName(QStringLiteral("search-everything-dialog"));
    setWindowTitle(tr("Search Everything"));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);
    m_field->setObjectName(QStringLiteral("search-field"));
    m_field->setPlaceholderText(tr("Words, \"a phrase\", prefix*, OR, -not"));
    m_field->setAccessibleName(tr("Search every transcript"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    layout->addWidget(m_field);
    m_list->setObjectName(QStringLiteral("search-hits"));
    m_list->setAccessibleName(tr("Moments found"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchHitDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    m_status->setObjectName(QStringLiteral("search-status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_status->setText(tr("Type to search every transcript Hark knows: the library's episodes, and the files "
                         "you have opened."));
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_offered = 0;
        if (text.trimmed().isEmpty()) {
            m_model->setHits({});
            m_answered = text;
            return;
        }
        m_service.search(text);
    });
    connect(&m_service, &SearchService::found, this, &SearchEverything::found);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { play(index.row()); });
    connect(&m_library, &PodcastLibrary::downloadFinished, this,
        [this](qint64 episodeId, const QString &path, const QString &error) {
            if (episodeId != std::exchange(m_downloading, 0) || !error.isEmpty() || path.isEmpty())
                return;
            m_session.open(path, false, m_playAt);
        });
}

QString SearchEverything::status() const
{
    return m_status->text();
}

void SearchEverything::openWith(const QString &text)
{
    if (!text.isEmpty())
        m_field->setText(text);
    show();
    raise();
    activateWindow();
    m_field->setFocus();
    m_field->end(false);
}

void SearchEverything::found(
    const QString &typed, const QList<SearchIndex::Hit> &hits, const QString &note, const QString &error)
{
    if (typed != m_field->text())
        return; // an older query's answer: a newer one is on its way
    m_answered = typed;
    m_model->setHits(hits);
    if (!hits.isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
    QStringList episodes;
    for (const SearchIndex::Hit &h : hits) {
        if (!episodes.contains(h.document.audioPath))
            episodes.append(h.document.audioPath);
    }
    QString text = !error.isEmpty() ? tr("Cannot search: %1").arg(error)
        : hits.isEmpty()            ? tr("Nothing found.")
                                    : tr("%n moments", nullptr, int(hits.size())) + u' '
            + tr("in %n episodes. Enter plays from just before the moment.", nullptr, int(episodes.size()));
    if (!note.isEmpty())
        text = note + u' ' + text;
    m_status->setText(text);
}

void SearchEverything::play(int row)
{
    const SearchIndex::Hit *h = m_model->hitAt(row);
    if (!h)
        return;
    const qint64 at = std::max<qint64>(0, h->time - qint64(m_settings.searchLeadInSeconds()) * 1000);
    if (onDisk(*h)) {
        m_session.open(h->document.audioPath, false, at);
        hide();
        return;
    }
    const qint64 episode = h->document.episodeId;
    if (episode <= 0) {
        m_status->setText(tr("%1 is no longer at %2.").arg(h->document.title, h->document.audioPath));
        return;
    }
    if (m_offered != episode) {
        m_offered = episode;
        m_status->setText(
            tr("“%1” is no longer on disk. Press Enter again to download it; it plays from this "
               "moment when it is here.")
                .arg(h->document.title));
        return;
    }
    m_offered = 0;
    if (m_library.isOffline()) {
        m_status->setText(tr("Working offline: File › Work Offline lets Hark download again."));
        return;
    }
    m_downloading = episode;
    m_playAt = at;
    m_library.download(episode);
    m_status->setText(tr("Downloading “%1”…").arg(h->document.title));
}

bool SearchEverything::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
        && m_model->rowCount() > 0) {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (watched == m_field && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        play(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
        return true;
    }
    if (watched == m_list && key->key() == Qt::Key_Up && m_list->currentIndex().row() == 0) {
        m_field->setFocus();
        return true;
    }
    if (watched == m_list && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        play(m_list->currentIndex().row());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hark
