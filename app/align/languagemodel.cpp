// SPDX-License-Identifier: GPL-3.0-or-later
#include "align/languagemodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace hark::align {

namespace {

constexpr double kDiscount = 0.5;
constexpr double kUnigramPrior = 0.5; // added to every word's count: fillers and rare words stay possible
const QString kStart = QStringLiteral("<s>");
const QString kEnd = QStringLiteral("</s>");
constexpr QChar kJoin = u'\x1f';

QString joined(const QString &a, const QString &b)
{
    return a + kJoin + b;
}

} // namespace

struct LanguageModel::Impl
{
    QStringList vocabulary; // sorted; without <s>
    QHash<QString, double> unigram; // word -> count
    double unigramTotal = 0;
    QHash<QString, QHash<QString, double>> bigrams; // history -> word -> count
    QHash<QString, QHash<QString, double>> trigrams; // "h1\x1fh2" -> word -> count
    QHash<QString, double> bigramBackoff; // history -> weight
    QHash<QString, double> trigramBackoff; // "h1\x1fh2" -> weight

    double p1(const QString &w) const
    {
        if (w == kStart)
            return 0;
        return (unigram.value(w) + kUnigramPrior) / unigramTotal;
    }

    double p2(const QString &h, const QString &w) const
    {
        const auto it = bigrams.constFind(h);
        if (it == bigrams.cend())
            return p1(w);
        if (const double c = it->value(w); c > 0)
            return (c - kDiscount) / total(*it);
        return bigramBackoff.value(h) * p1(w);
    }

    double p3(const QString &h1, const QString &h2, const QString &w) const
    {
        const auto it = trigrams.constFind(joined(h1, h2));
        if (it == trigrams.cend())
            return p2(h2, w);
        if (const double c = it->value(w); c > 0)
            return (c - kDiscount) / total(*it);
        return trigramBackoff.value(joined(h1, h2)) * p2(h2, w);
    }

    static double total(const QHash<QString, double> &next)
    {
        double sum = 0;
        for (double c : next)
            sum += c;
        return sum;
    }
};

LanguageModel::LanguageModel(const QList<QStringList> &sentences, const QStringList &fillers)
{
    auto impl = std::make_shared<Impl>();
    QSet<QString> words { kEnd };
    for (const QStringList &sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        QStringList s { kStart };
        s += sentence;
        s.append(kEnd);
        for (qsizetype i = 1; i < s.size(); ++i) {
            words.insert(s[i]);
            impl->unigram[s[i]] += 1;
            impl->bigrams[s[i - 1]][s[i]] += 1;
            if (i >= 2)
                impl->trigrams[joined(s[i - 2], s[i - 1])][s[i]] += 1;
        }
    }
    for (const QString &f : fillers)
        words.insert(f);
    impl->vocabulary = QStringList(words.begin(), words.end());
    std::sort(impl->vocabulary.begin(), impl->vocabulary.end());
    for (const QString &w : impl->vocabulary)
        impl->unigramTotal += impl->unigram.value(w) + kUnigramPrior;

    // The mass taken from seen continuations goes to the unseen ones, in the lower order's proportions.
    for (auto it = impl->bigrams.cbegin(); it != impl->bigrams.cend(); ++it) {
        double seen = 0;
        for (auto w = it->cbegin(); w != it->cend(); ++w)
            seen += impl->p1(w.key());
        const double freed = kDiscount * double(it->size()) / Impl::total(*it);
        impl->bigramBackoff[it.key()] = freed / std::max(1e-9, 1 - seen);
    }
    for (auto it = impl->trigrams.cbegin(); it != impl->trigrams.cend(); ++it) {
        const QString h2 = it.key().section(kJoin, 1);
        double seen = 0;
        for (auto w = it->cbegin(); w != it->cend(); ++w)
            seen += impl->p2(h2, w.key());
        const double freed = kDiscount * double(it->size()) / Impl::total(*it);
        impl->trigramBackoff[it.key()] = freed / std::max(1e-9, 1 - seen);
    }
    d = std::move(impl);
}

double LanguageModel::probability(const QStringList &history, const QString &word) const
{
    if (history.size() >= 2)
        return d->p3(history[history.size() - 2], history.back(), word);
    if (history.size() == 1)
        return d->p2(history.back(), word);
    return d->p1(word);
}

QStringList LanguageModel::vocabulary() const
{
    QStringList words = d->vocabulary;
    words.removeAll(kEnd);
    return words;
}

QByteArray LanguageModel::arpa() const
{
    const auto log10p = [](double p) { return p > 0 ? std::log10(p) : -99.0; };
    const auto number = [](double v) { return QByteArray::number(v, 'f', 6); };
    QByteArray unigrams, bigrams, trigrams;
    int nUni = 0, nBi = 0, nTri = 0;
    QStringList withStart = d->vocabulary;
    withStart.append(kStart);
    for (const QString &w : withStart) {
        unigrams += number(log10p(d->p1(w))) + '\t' + w.toUtf8();
        if (d->bigrams.contains(w))
            unigrams += '\t' + number(std::log10(d->bigramBackoff.value(w)));
        unigrams += '\n';
        ++nUni;
    }
    QStringList histories = d->bigrams.keys();
    std::sort(histories.begin(), histories.end());
    for (const QString &h : histories) {
        QStringList next = d->bigrams.value(h).keys();
        std::sort(next.begin(), next.end());
        for (const QString &w : next) {
            bigrams += number(log10p(d->p2(h, w))) + '\t' + h.toUtf8() + ' ' + w.toUtf8();
            if (const auto bow = d->trigramBackoff.constFind(joined(h, w)); bow != d->trigramBackoff.cend())
                bigrams += '\t' + number(std::log10(*bow));
            bigrams += '\n';
            ++nBi;
        }
    }
    histories = d->trigrams.keys();
    std::sort(histories.begin(), histories.end());
    for (const QString &h : histories) {
        const QString h1 = h.section(kJoin, 0, 0), h2 = h.section(kJoin, 1);
        QStringList next = d->trigrams.value(h).keys();
        std::sort(next.begin(), next.end());
        for (const QString &w : next) {
            trigrams += number(log10p(d->p3(h1, h2, w))) + '\t' + h1.toUtf8() + ' ' + h2.toUtf8() + ' '
                + w.toUtf8() + '\n';
            ++nTri;
        }
    }
    QByteArray out = "\\data\\\n";
    out += "ngram 1=" + QByteArray::number(nUni) + '\n';
    out += "ngram 2=" + QByteArray::number(nBi) + '\n';
    if (nTri > 0)
        out += "ngram 3=" + QByteArray::number(nTri) + '\n';
    out += "\n\\1-grams:\n" + unigrams + "\n\\2-grams:\n" + bigrams;
    if (nTri > 0)
        out += "\n\\3-grams:\n" + trigrams;
    out += "\n\\end\\\n";
    return out;
}

} // namespace hark::align
