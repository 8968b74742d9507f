#pragma once
// Names in a request resolved against the price list: the product and edition, the kind of account, services,
// packs and QPS groups by id or printed name. Shared by every kind of request (a quote, a timeline), so that a
// name is accepted, or refused with the same words, whichever asks. Each failure is an Error at the request path.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "tally/tariff.hpp"
#include "tally/tariff_set.hpp"

namespace tally {

// "list[index].field"
std::string item_path(const char* list, std::size_t index, const char* field);

const Edition& resolve_edition(const TariffSet& tariffs, const std::string& product,
                               const std::optional<std::string>& edition);

// The kind of account (daily or monthly settled) a request may price: a monthly-settled face verification account
// has no published price table, so nothing can be priced for it.
void check_settlement(const Edition& edition, const std::optional<std::string>& settlement,
                      const std::optional<std::string>& account_opened);

// `list`[`index`].service names a service of the edition.
std::size_t resolve_service(const Edition& edition, const std::string& name, const char* list, std::size_t index);

// A pack size sold for the service; `list`[`index`] is the pack's entry.
const Pack& resolve_pack(const Edition& edition, std::size_t service, std::uint64_t size, const char* list,
                         std::size_t index);

// `list`[`index`].group names a QPS group; its QPS count must be one the group sells.
std::size_t resolve_qps_group(const Edition& edition, const std::string& name, std::uint64_t qps, const char* list,
                              std::size_t index);

}  // namespace tally
