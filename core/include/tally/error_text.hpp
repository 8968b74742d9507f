#pragma once
// Every coded error the engine can throw, one row each: its code, the fields its text draws on ("name:kind"
// words; kinds: name = a service, edition or QPS group's name, carried in both languages; count = a number;
// date and text = shown as they are), and that text in 简体中文 and English with the fields as {placeholders}.
// The engine composes an Error's English problem from its row; the first wasm module's listing carries the table
// as `error_texts` and web/warning-text.js fills the templates in the reader's language from the Error's `fields`.
// Adding an error is adding a row here; its code then exists as ErrorCode::<code>. An error with no row is a
// generic field error (code "invalid_input"), worded in English only.
//
// The rows are a macro so that each column is linked only where it is used: the plan module composes English
// messages, but its listing has no `error_texts` (the page words the planner's errors from the first module's),
// so it links no 简体中文 error text (its bytes are budgeted, tests/wasm/build.test.mjs). The macro also makes
// ErrorCode: a throw can only name a code that has a row.
// Visitors read these texts: the billing rules are said in words, never by number.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#define TALLY_ERROR_TEXTS(ROW)                                                                                       \
    ROW(pack_calls_over_limit, "", "资源包的总次数超过 10^15 次的上限", "more pack calls than the 10^15 limit")     \
    ROW(refund_not_refundable, "edition:name", "{edition}的资源包不可退款", "packs of {edition} cannot be refunded") \
    ROW(refunded_twice, "", "这笔购买被第二次退款", "this purchase is refunded a second time")                      \
    ROW(refund_before_purchase, "purchase_date:date", "退款日期早于购买日期（{purchase_date}）",                     \
        "before the purchase ({purchase_date})")                                                                     \
    ROW(refund_after_window, "window_end:date", "已过退款期限（截至 {window_end}）",                                 \
        "after the refund window, which ended {window_end}")                                                         \
    ROW(refund_after_use, "drawn:count date:date",                                                                   \
        "{date} 之前已从这个资源包扣减 {drawn} 次调用；只有未使用的资源包可以退款",                                  \
        "{drawn} calls were drawn from this pack before {date}; only an unused pack can be refunded")               \
    ROW(amounts_too_large, "", "金额过大，无法精确计算", "the amounts are too large to compute exactly")             \
    ROW(calls_over_day_limit, "date:date", "与这项服务的其他用量合计，{date} 的调用超过 10^15 次",                   \
        "with the other entries for this service, more than 10^15 calls on {date}")                                 \
    ROW(qps_plans_overlap, "date:date other:date", "同一 QPS 组 {other} 起的方案也覆盖 {date}",                     \
        "the plan from {other} for the same group covers {date} too")                                               \
    ROW(no_postpaid_price, "service:name calls:count", "{service}没有后付费价格：请为其余 {calls} 次调用购买资源包", \
        "{service} has no postpaid price: buy packs for {calls} more calls")                                         \
    ROW(peak_twice, "group:name", "{group}已有峰值：每个组只填一项", "{group} has a peak already: one entry a group") \
    ROW(qps_above_max, "max:count group:name", "{group}最多可购买 {max} QPS；更多请联系销售",                        \
        "at most {max} QPS can be bought for {group}; for more, contact sales")                                     \
    ROW(whole_number_range, "min:count max:count", "必须是 {min} 到 {max} 之间的整数",                                \
        "must be a whole number from {min} to {max}")                                                                \
    ROW(quote_covers_month, "product:text", "{product} 按月结算，报价以一个月为期",                                   \
        "{product} settles monthly, so a quote covers a month")                                                     \
    ROW(days_not_daily, "", "只适用于按日结算产品的一个月", "only applies to a month of a daily-settled product")     \
    ROW(service_twice, "service:name", "再次填写了{service}", "names {service} a second time")                       \
    ROW(qps_group_twice, "", "再次填写了同一个 QPS 组", "names the same QPS group a second time")                    \
    ROW(unknown_product, "product:text products:text", "没有产品 {product}；可选：{products}",                       \
        "unknown product {product}; one of {products}")                                                              \
    ROW(unknown_edition, "edition:text product:text editions:text", "{product} 没有版本 {edition}；可选：{editions}", \
        "unknown edition {edition} of {product}; one of {editions}")                                                 \
    ROW(settles_monthly, "product:text", "{product} 按月结算", "{product} settles monthly")                          \
    ROW(settles_daily, "product:text", "{product} 按日结算", "{product} settles daily")                              \
    ROW(monthly_prices_unpublished, "date:date",                                                                     \
        "{date} 之前开通的账户按月结算，其价格说明（月结）不在来源页面中，无法报价",                                 \
        "accounts opened before {date} are settled monthly, and their price table (价格说明（月结）) is not in the " \
        "source page, so no quote can be made")                                                                      \
    ROW(service_unpriced, "service:name", "{service}没有公布价格，无法报价",                                         \
        "{service} has no published price, so it cannot be quoted")                                                  \
    ROW(unknown_service, "service:text product:text edition:text",                                                   \
        "{product} {edition} 中没有服务 {service}（tally list 列出各名称）",                                         \
        "unknown service {service} in {product} {edition} (tally list shows the names)")                            \
    ROW(no_packs_sold, "service:name", "{service}不出售资源包", "no packs are sold for {service}")                   \
    ROW(no_such_pack, "service:name size:count sizes:text", "{service}没有 {size} 次的资源包；出售的规格：{sizes}",  \
        "{service} has no pack of {size} calls; sizes sold: {sizes}")                                                \
    ROW(unknown_qps_group, "group:text product:text", "{product} 中没有 QPS 组 {group}",                             \
        "unknown QPS group {group} in {product}")

namespace tally {

struct Text;

enum class ErrorCode {
#define TALLY_ERROR_CODE(code, fields, zh, en) code,
    TALLY_ERROR_TEXTS(TALLY_ERROR_CODE)
#undef TALLY_ERROR_CODE
};

// One value of an error's fields as the throw site has it, in the order of its row's fields: text (a date
// YYYY-MM-DD, an id), a count, or a name in both languages. It only points at the value, which outlives the
// throw expression that builds the Error: a throw site builds no strings (each would cost the wasm modules code).
class ErrorValue {
public:
    ErrorValue(const std::string& text) : text_(&text) {}
    ErrorValue(std::uint64_t count) : count_(count) {}
    ErrorValue(const Text& name) : name_(&name) {}

    const std::string* text() const { return text_; }
    const Text* name() const { return name_; }
    std::uint64_t count() const { return count_; }

private:
    const std::string* text_ = nullptr;
    const Text* name_ = nullptr;
    std::uint64_t count_ = 0;
};

// One field of an error as it carries it: its value as text (a count in digits); a name's also in 简体中文.
struct ErrorField {
    std::string name;
    std::string value;  // a name's English
    std::string zh;     // a name's 简体中文; empty for other fields
};

struct ErrorText {
    std::string_view code, fields, zh, en;
};

#define TALLY_ERROR_COUNT(code, fields, zh, en) +1
inline constexpr std::size_t kErrorCodes = 0 TALLY_ERROR_TEXTS(TALLY_ERROR_COUNT);
#undef TALLY_ERROR_COUNT

// A code's row, and its name.
ErrorText error_text(ErrorCode code);
std::string_view error_code_name(ErrorCode code);

// The table as the listing's `error_texts`: {code: {fields: {name: kind}, zh, en}}.
nlohmann::ordered_json error_texts_json();

}  // namespace tally
