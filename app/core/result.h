// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace hark {

/// What an operation that may fail gives back: its value, or why it failed, in words for the listener (which
/// file, what was expected). Hark's one error style: the readers return the richer ReadResult (the line and
/// column, and the warnings of a lenient read), the tags a TagReader::Result (with what was read), everything
/// else a Result or a Status. No exceptions cross an API.
template<typename T> struct Result
{
    std::optional<T> value;
    QString error; ///< why there is no value

    Result() = default;
    /// Succeeded with @p v.
    Result(T v)
        : value(std::move(v))
    { }
    static Result failure(QString why)
    {
        Result r;
        r.error = std::move(why);
        return r;
    }
    bool ok() const { return value.has_value(); }
};

/// What an operation that gives back nothing but may fail returns.
struct Status
{
    QString error; ///< empty when it was done

    bool ok() const { return error.isEmpty(); }
    static Status failure(QString why) { return { std::move(why) }; }
};

} // namespace hark
