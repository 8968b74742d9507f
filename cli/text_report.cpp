#include "text_report.hpp"

#include <algorithm>
#include <array>
#include <sstream>
#include <vector>

#include "tally/utf8.hpp"

namespace tally::cli {
namespace {

// Display width of UTF-8 text in a terminal: characters of three and four bytes (CJK, full-width forms) take two
// columns. A byte that starts no valid sequence counts as one column, as a terminal shows U+FFFD.
std::size_t display_width(const std::string& s) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = static_cast<unsigned char>(s[i]) < 0x80 ? 1 : utf8_sequence(s, i);
        if (length == 0) length = 1;
        width += length >= 3 ? 2 : 1;
        i += length;
    }
    return width;
}

std::string pad(const std::string& s, std::size_t width, bool right = false) {
    std::size_t w = display_width(s);
    std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + s : s + fill;
}

std::string grouped(std::string digits) {
    std::size_t dot = digits.find('.');
    std::size_t end = dot == std::string::npos ? digits.size() : dot;
    for (std::size_t i = end; i > 3; i -= 3) digits.insert(i - 3, ",");
    return digits;
}

std::string service_name(const Edition& edition, const BillLine& line) {
    if (line.source == LineSource::qps)
        for (const auto& g : edition.qps_groups)
            if (g.id == line.service) return g.name.zh;
    for (const auto& s : edition.services)
        if (s.id == line.service) return s.name.zh;
    return std::string(line.service);
}

std::string source_label(const BillLine& line) {
    switch (line.source) {
        case LineSource::free: return "free";
        case LineSource::pack: return "pack " + grouped(std::to_string(*line.size)) + " x" + grouped(std::to_string(*line.count));
        case LineSource::postpaid: return line.day ? "postpaid day " + std::to_string(*line.day) : "postpaid";
        case LineSource::qps:
            return "QPS " + std::to_string(*line.qps) + (*line.per == QpsPer::month ? "/month" : " x" + std::to_string(*line.days) + " days");
    }
    return "";
}

}  // namespace

std::string text_report(const TariffSet& tariffs, const QuoteResponse& r) {
    const Edition& edition = *tariffs.find_edition(r.product, r.edition);
    std::ostringstream out;
    out << edition.name.zh << " " << edition.name.en << " · edition " << r.edition << " · "
        << (r.period == Period::month ? "one month" : "one day")
        << (r.days ? " of " + std::to_string(*r.days) + " daily bills" : "") << "\n\n";
    // Columns as wide as their widest cell, so figures up to the 10^15-call limit never run together.
    std::vector<std::array<std::string, 6>> rows;
    rows.push_back({"service", "source", "calls", "unit price", "amount", "charged"});
    for (const auto& line : r.lines)
        rows.push_back({service_name(edition, line), source_label(line), grouped(std::to_string(line.calls)),
                        line.unit_price.to_trimmed_string(), grouped(line.amount.to_string(8)),
                        grouped(line.charged.to_string(2))});
    std::array<std::size_t, 6> width{};
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], display_width(row[c]));
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            out << (c == 0 ? "" : "  ") << pad(row[c], width[c], /*right=*/c >= 2);
        out << "\n";
    }
    out << "\nTotal: ¥" << grouped(r.total.to_string(2))
        << "   (each line rounded to the fen, half up, then summed)\n";
    if (r.range)
        out << "Shared free pool: the bill lies between ¥" << grouped(r.range->first.to_string(2)) << " and ¥"
            << grouped(r.range->second.to_string(2)) << " depending on which calls it covers\n";
    if (r.freeze)
        out << "Next month's freeze (an estimate held on the account, not a charge): ¥" << grouped(r.freeze->total.to_string(2)) << "\n";
    if (!r.warnings.empty()) {
        out << "\nWarnings:\n";
        for (const auto& w : r.warnings) out << "  - " << w.message << "\n";
    }
    return out.str();
}

}  // namespace tally::cli
