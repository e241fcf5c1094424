// SPDX-License-Identifier: GPL-3.0-or-later
// Hark in another language: the German catalogue covers every string the window, its menus and dialogs ask
// for; every string they show went through tr() (a pseudo-translation marks each one); Qt's own strings
// come in German too; and every menu's access keys stay distinct, in English and in German.
#include "core/translations.h"
#include "fakebackend.h"
#include "ui/mainwindow.h"
#include "ui/transcriptview.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace hark;

namespace {

bool isHarkContext(const char *context)
{
    return context && QByteArrayView(context).startsWith("hark::");
}

// Installed before the real catalogues, so it is asked last: what reaches it, nothing else translated.
class MissProbe final : public QTranslator
{
public:
    mutable QSet<QString> misses;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (isHarkContext(context) && source && *source)
            misses.insert(QString::fromUtf8(context) + u" | " + QString::fromUtf8(source));
        return {};
    }
};

// Wraps each of Hark's strings in ⟦ ⟧, so that a string shown without the marks did not go through tr().
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (!isHarkContext(context) || !source || !*source)
            return {};
        return u'⟦' + QString::fromUtf8(source) + u'⟧';
    }
};

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void collectActions(const QList<QAction *> &actions, QList<QAction *> &all)
{
    for (QAction *a : actions) {
        all.append(a);
        if (a->menu())
            collectActions(a->menu()->actions(), all);
    }
}

struct Shown
{
    QString where;
    QString text;
};

// Every text the window's chrome shows or says: menus, labels, buttons, tips, names, headers, titles.
// Qt's own parts and what the episode says (its title, the transcript, the chapters' titles) are left out.
QList<Shown> chromeTexts(QWidget *top)
{
    QList<Shown> texts;
    const auto add = [&texts](const QObject *o, const char *what, const QString &text) {
        if (!text.isEmpty())
            texts.append(
                { o->metaObject()->className() + (u'/' + o->objectName()) + u'.' + QLatin1String(what),
                    text });
    };
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : widgets) {
        // The episode's own title and subtitle; and Qt's own parts, translated by Qt's catalogues.
        if (w->objectName() == u"title" || w->objectName() == u"subtitle"
            || w->objectName().startsWith(u"qt_") || qobject_cast<QDialogButtonBox *>(w->parentWidget()))
            continue;
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            add(w, "windowTitle", w->windowTitle());
        add(w, "toolTip", w->toolTip());
        add(w, "statusTip", w->statusTip());
        add(w, "accessibleName", w->accessibleName());
        add(w, "accessibleDescription", w->accessibleDescription());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, "text", label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, "text", button->text());
        if (auto *line = qobject_cast<QLineEdit *>(w))
            add(w, "placeholderText", line->placeholderText());
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                add(w, "header", header->model()->headerData(i, header->orientation()).toString());
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            add(w, "title", menu->title());
    }
    QList<QAction *> actions;
    for (QMenuBar *bar : top->findChildren<QMenuBar *>())
        collectActions(bar->actions(), actions);
    for (QAction *a : actions) {
        if (a->objectName() == u"recent-episode") // a file's name, as the listener named it
            continue;
        add(a, "text", a->text());
        if (a->toolTip() != QString(a->text()).remove(u'&').remove(u'…'))
            add(a, "toolTip", a->toolTip());
        add(a, "statusTip", a->statusTip());
    }
    return texts;
}

// Digits, times, punctuation and the like: nothing to translate.
bool hasWords(const QString &text)
{
    int letters = 0;
    for (QChar c : text)
        letters += c.isLetter();
    return letters > 1;
}

// The access keys (&X) of a menu's items, lower case; "&&" is a literal ampersand.
QList<QChar> accessKeys(const QMenu *menu)
{
    QList<QChar> keys;
    for (const QAction *a : menu->actions()) {
        const QString text = a->text();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != u'&')
                continue;
            if (text[i + 1] != u'&')
                keys.append(text[i + 1].toLower());
            ++i;
        }
    }
    return keys;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QString m_sample;
    QHash<QString, bool> m_hasAccessKey; // English: which actions have an access key

    // The window on the sample, its menus filled, the find bar and the shortcuts window open.
    std::unique_ptr<test::Window<>> openWindow()
    {
        auto fixture = std::make_unique<test::Window<>>();
        MainWindow *w = &fixture->window;
        if (!fixture->addLibrary() || !fixture->open(m_sample, true, QSize(900, 700)))
            return nullptr;
        for (QMenu *menu : w->findChildren<QMenu *>())
            Q_EMIT menu->aboutToShow();
        w->findChild<QAction *>(QStringLiteral("find"))->trigger();
        w->findChild<QAction *>(QStringLiteral("shortcuts"))->trigger();
        return fixture;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sample = QFINDTESTDATA("../resources/sample/welcome.mp3");
        QVERIFY(!m_sample.isEmpty());
    }

    void cleanup() { removeTranslators(); }

    void germanIsChosenFromTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("harkCatalogue");
        QTest::addColumn<bool>("qtInGerman");
        QTest::newRow("de_DE") << "de_DE"
                               << "hark_de.qm" << true;
        QTest::newRow("de_AT") << "de_AT"
                               << "hark_de.qm" << true;
        QTest::newRow("de_CH") << "de_CH"
                               << "hark_de.qm" << true;
        QTest::newRow("en_GB: English plurals") << "en_GB"
                                                << "hark_en.qm" << false;
        QTest::newRow("C: English plurals") << "C"
                                            << "hark_en.qm" << false;
        QTest::newRow("pt_BR: no Hark catalogue, English") << "pt_BR"
                                                           << "hark_en.qm" << false;
    }

    void germanIsChosenFromTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, harkCatalogue);
        QFETCH(bool, qtInGerman);
        const QStringList loaded = translations::install(QLocale(locale));
        QVERIFY2(loaded.contains(u":/i18n/" + harkCatalogue), qPrintable(loaded.join(u", ")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Abbrechen", qtInGerman);
        QCOMPARE(
            QCoreApplication::translate("hark::MainWindow", "&File") == u"&Datei", locale.startsWith(u"de"));
    }

    void pluralsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("message");
        QTest::newRow("en, one") << "en_US" << 1 << "Aligned 1 word by listening to the audio";
        QTest::newRow("en, many") << "en_US" << 812 << "Aligned 812 words by listening to the audio";
        QTest::newRow("de, one") << "de_DE" << 1 << "1 Wort durch Anhören des Tons ausgerichtet";
        QTest::newRow("de, many") << "de_DE" << 812 << "812 Wörter durch Anhören des Tons ausgerichtet";
    }

    void pluralsFollowTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(int, words);
        QFETCH(QString, message);
        translations::install(QLocale(locale));
        QCOMPARE(QCoreApplication::translate(
                     "hark::PlayerSession", "Aligned %n words by listening to the audio", nullptr, words),
            message);
    }

    // Whatever the window, its menus and dialogs ask the German catalogue for, it has.
    void germanWindowHasNoUntranslatedString()
    {
        auto *probe = new MissProbe;
        probe->setParent(qApp);
        QCoreApplication::installTranslator(probe);
        translations::install(QLocale(QLocale::German, QLocale::Germany));
        const auto fixture = openWindow();
        QVERIFY(fixture);
        MainWindow *w = &fixture->window;
        // Qt's file dialogs, opened from the File menu and closed again.
        for (const char *id : { "open", "open-transcript", "export" }) {
            QString title;
            QTimer::singleShot(0, this, [&title] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    title = dialog->windowTitle();
                    dialog->reject();
                }
            });
            w->findChild<QAction *>(QLatin1String(id))->trigger();
            QVERIFY2(!title.isEmpty(), id);
        }
        QStringList misses = probe->misses.values();
        misses.sort();
        QVERIFY2(misses.isEmpty(), qPrintable(misses.join(u'\n')));

        // What the user sees is German: a few landmarks, and Qt's own strings.
        QCOMPARE(w->menuBar()->actions().constFirst()->text(), QStringLiteral("&Datei"));
        QCOMPARE(w->transcriptView()->accessibleName(), QStringLiteral("Transkript"));
        auto *dialog = w->findChild<QDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Tastenkürzel"));
        auto *close = dialog->findChild<QAbstractButton *>();
        QVERIFY(close);
        QCOMPARE(close->text().remove(u'&'), QStringLiteral("Schließen"));
        auto *keys = dialog->findChild<QTreeView *>();
        QVERIFY(keys);
        const QModelIndex playPause
            = keys->model()
                  ->match(keys->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Wiedergabe/Pause"), 1,
                      Qt::MatchRecursive | Qt::MatchExactly)
                  .value(0);
        QVERIFY(playPause.isValid());
        QCOMPARE(playPause.siblingAtColumn(1).data().toString(), QStringLiteral("Leertaste, K"));
    }

    // Every string of the window's chrome went through tr(): with a pseudo-translation, each shows marked.
    void everyShownStringIsTranslatable()
    {
        auto *pseudo = new PseudoTranslator;
        pseudo->setParent(qApp);
        QCoreApplication::installTranslator(pseudo);
        const auto fixture = openWindow();
        QVERIFY(fixture);
        MainWindow *w = &fixture->window;
        QVERIFY(w->findChild<QDialog *>()); // the shortcuts window, walked with its parent
        QStringList unmarked;
        int marked = 0;
        for (const Shown &shown : chromeTexts(w)) {
            if (shown.text.contains(u'⟦'))
                ++marked;
            else if (hasWords(shown.text))
                unmarked.append(shown.where + u": " + shown.text);
        }
        QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(u'\n')));
        QVERIFY2(marked > 100, qPrintable(QString::number(marked)));
        // A message of the moment too.
        w->findChild<QAction *>(QStringLiteral("copy-quote"))->trigger();
        QCOMPARE(w->statusBar()->currentMessage(), QStringLiteral("⟦Select the words to quote first.⟧"));
    }

    // In each menu the access keys differ, so Alt+letter, then a letter, reaches one item; and a German
    // item has an access key wherever the English one has.
    void accessKeysAreDistinct_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << "en_US";
        QTest::newRow("German") << "de_DE";
    }

    void accessKeysAreDistinct()
    {
        QFETCH(QString, locale);
        translations::install(QLocale(locale));
        const auto fixture = openWindow();
        QVERIFY(fixture);
        MainWindow *w = &fixture->window;
        QList<const QMenu *> menus;
        for (QAction *a : w->menuBar()->actions())
            menus.append(a->menu());
        for (QMenu *menu : w->menuBar()->findChildren<QMenu *>()) {
            if (!menus.contains(menu))
                menus.append(menu);
        }
        QList<QChar> bar;
        for (QAction *a : w->menuBar()->actions())
            bar.append(a->text().at(a->text().indexOf(u'&') + 1).toLower());
        QCOMPARE(QSet<QChar>(bar.begin(), bar.end()).size(), bar.size());
        // Alt and a menu's key opens that menu.
        for (int i = 0; i < bar.size(); ++i) {
            QTest::keyClick(w, Qt::Key(bar[i].toUpper().unicode()), Qt::AltModifier);
            QTRY_COMPARE(QApplication::activePopupWidget(), w->menuBar()->actions().at(i)->menu());
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
            QTRY_VERIFY(!QApplication::activePopupWidget());
        }
        // And then an item's key runs it: View › Smaller Text, by keys alone.
        const auto keyOf
            = [](const QAction *a) { return a->text().at(a->text().indexOf(u'&') + 1).toUpper(); };
        QAction *smaller = w->findChild<QAction *>(QStringLiteral("zoom-out"));
        const QAction *view = w->menuBar()->actions().at(3);
        QVERIFY(view->menu()->actions().contains(smaller));
        const int zoom = w->transcriptView()->textZoom();
        QTest::keyClick(w, Qt::Key(keyOf(view).unicode()), Qt::AltModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), view->menu());
        QTest::keyClick(view->menu(), Qt::Key(keyOf(smaller).unicode()));
        QTRY_COMPARE(w->transcriptView()->textZoom(), zoom - 1);
        QVERIFY(!QApplication::activePopupWidget());
        int withKeys = 0;
        QList<QAction *> actions;
        collectActions(w->menuBar()->actions(), actions);
        for (const QAction *a : actions) {
            if (a->objectName().isEmpty())
                continue;
            const bool hasKey = a->text().remove(QStringLiteral("&&")).contains(u'&');
            if (locale == u"en_US")
                m_hasAccessKey.insert(a->objectName(), hasKey);
            else
                QVERIFY2(hasKey == m_hasAccessKey.value(a->objectName()), qPrintable(a->text()));
        }
        for (const QMenu *menu : menus) {
            const QList<QChar> keys = accessKeys(menu);
            withKeys += keys.size();
            QStringList duplicates;
            for (QChar k : keys) {
                if (keys.count(k) > 1)
                    duplicates.append(k);
            }
            QVERIFY2(duplicates.isEmpty(),
                qPrintable(menu->title() + u": " + duplicates.join(u' ') + u" ("
                    + QString(keys.constData(), keys.size()) + u')'));
        }
        QVERIFY2(withKeys >= 50, qPrintable(QString::number(withKeys)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
