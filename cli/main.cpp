// The native command line: the only place here that reads files and prints. Every failure is one line on
// stderr, `error: <json path>: <what is wrong>`, exit status 2, and nothing on stdout.
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "tally/error.hpp"
#include "tally/json_writer.hpp"
#include "tally/listing.hpp"
#include "tally/plan.hpp"
#include "tally/quote.hpp"
#include "tally/tariff_set.hpp"
#include "tally/timeline.hpp"
#include "tally/validation.hpp"
#include "text_report.hpp"

namespace {

constexpr const char* kUsage =
    "usage: tally quote [REQUEST.json|-] [--text] [--tariffs DIR]\n"
    "       tally timeline [REQUEST.json|-] [--tariffs DIR]\n"
    "       tally plan [REQUEST.json|-] [--tariffs DIR]\n"
    "       tally list [--tariffs DIR]\n"
    "       tally validate FILE...\n"
    "\n"
    "quote     price a request (JSON, from the file or standard input); prints the response as JSON,\n"
    "          or as a readable bill with --text\n"
    "timeline  simulate an account day by day over up to 1,096 days (JSON in, JSON out): bills by date,\n"
    "          packs drawn and expiring, refunds, QPS plans, alerts\n"
    "plan      the cheapest packs to buy, and when, for a timeline request without purchases (JSON in,\n"
    "          JSON out): the plan, its saving, whether it is proven cheapest, alternatives\n"
    "list      print products, editions, services, packs, QPS groups and channel maps as JSON\n"
    "validate  check tariff files (an edition file, or catalog.json with every edition it names); prints\n"
    "          a JSON list of the editions checked\n"
    "\n"
    "Tariffs load at run time from --tariffs DIR, else $TALLY_TARIFFS, else " TALLY_DEFAULT_TARIFFS "\n";

struct UsageError {
    std::string message;
};

std::string read_stream(std::istream& in) {
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw tally::Error(path, "cannot read the file");
    try {
        std::string text = read_stream(in);
        if (in.bad()) throw tally::Error(path, "cannot read the file");
        return text;
    } catch (const std::ios_base::failure&) {  // e.g. a folder given as a file
        throw tally::Error(path, "cannot read the file");
    }
}

// Output is written once, at the end, and checked: a full disk or a closed pipe is an error, not a silent 0.
int write_out(const std::string& text) {
    std::cout << text;
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "error: stdout: could not write the output\n";
        return 3;
    }
    return 0;
}

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? "." : path.substr(0, slash);
}

tally::TariffSet load_tariffs(const std::string& dir) {
    std::string catalog = read_file(dir + "/catalog.json");
    return tally::TariffSet::load(catalog, [&](const std::string& file) {
        if (file.find("..") != std::string::npos || (!file.empty() && file[0] == '/'))
            throw tally::Error(file, "a catalog file path must stay inside the tariff folder");
        return read_file(dir + "/" + file);
    });
}

struct Options {
    std::vector<std::string> args;
    std::string tariffs;
    bool text = false;
};

Options parse_options(int argc, char** argv) {
    Options options;
    const char* env = std::getenv("TALLY_TARIFFS");
    options.tariffs = env && *env ? env : TALLY_DEFAULT_TARIFFS;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--tariffs") {
            if (i + 1 >= argc) throw UsageError{"--tariffs needs a folder"};
            options.tariffs = argv[++i];
        } else if (arg == "--text") {
            options.text = true;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            throw UsageError{"unknown option " + arg};
        } else {
            options.args.push_back(arg);
        }
    }
    return options;
}

int run_quote(const Options& options) {
    if (options.args.size() > 1) throw UsageError{"quote takes one request file"};
    std::string path = options.args.empty() ? "-" : options.args[0];
    std::string text = path == "-" ? read_stream(std::cin) : read_file(path);
    tally::TariffSet tariffs = load_tariffs(options.tariffs);
    tally::QuoteResponse response = tally::quote(tariffs, tally::parse_request(text));
    return write_out(options.text ? tally::cli::text_report(tariffs, response)
                                  : tally::response_text(response, tally::Layout::indented) + "\n");
}

int run_timeline(const Options& options) {
    if (options.args.size() > 1) throw UsageError{"timeline takes one request file"};
    if (options.text) throw UsageError{"timeline prints JSON only"};
    std::string path = options.args.empty() ? "-" : options.args[0];
    std::string text = path == "-" ? read_stream(std::cin) : read_file(path);
    tally::TariffSet tariffs = load_tariffs(options.tariffs);
    std::string out;
    tally::write_timeline(tally::timeline(tariffs, tally::parse_timeline_request(text)), out, tally::NonAscii::utf8,
                          tally::Layout::indented);
    return write_out(out + "\n");
}

int run_plan(const Options& options) {
    if (options.args.size() > 1) throw UsageError{"plan takes one request file"};
    if (options.text) throw UsageError{"plan prints JSON only"};
    std::string path = options.args.empty() ? "-" : options.args[0];
    std::string text = path == "-" ? read_stream(std::cin) : read_file(path);
    tally::TariffSet tariffs = load_tariffs(options.tariffs);
    std::string out;
    tally::write_plan(tally::plan(tariffs, tally::parse_plan_request(text)), out);
    return write_out(tally::parse_json(out, "response").dump(2) + "\n");
}

int run_list(const Options& options) {
    if (!options.args.empty()) throw UsageError{"list takes no arguments"};
    tally::TariffSet tariffs = load_tariffs(options.tariffs);
    return write_out(tally::listing_text(tariffs, tally::Layout::indented) + "\n");
}

int run_validate(const Options& options) {
    if (options.args.empty()) throw UsageError{"validate needs at least one file"};
    std::string report;
    {
        tally::Writer w(report, tally::NonAscii::utf8, tally::Layout::indented);
        w.open('[');
        for (const auto& path : options.args) {
            bool catalog = path.size() >= 12 && path.compare(path.size() - 12, 12, "catalog.json") == 0;
            if (catalog) {  // every edition it names, each under its own path
                std::string dir = directory_of(path);
                tally::TariffSet set = load_tariffs(dir);
                for (const auto& p : set.products())
                    for (const auto& ref : p.editions)
                        tally::write_validation(w, *set.find_edition(p.id, ref.id), dir + "/" + ref.file);
            } else {
                tally::write_validation(w, tally::parse_edition(read_file(path), path), path);
            }
        }
        w.close(']');
    }
    return write_out(report + "\n");  // only once every file passed: nothing half-done on stdout
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::string command = argc > 1 ? argv[1] : "";
    try {
        if (command == "--help" || command == "-h" || command == "help") return write_out(kUsage);
        Options options = parse_options(argc, argv);
        if (command == "quote") return run_quote(options);
        if (command == "timeline") return run_timeline(options);
        if (command == "plan") return run_plan(options);
        if (command == "list") return run_list(options);
        if (command == "validate") return run_validate(options);
        throw UsageError{command.empty() ? "a command is needed" : "unknown command " + command};
    } catch (const UsageError& e) {
        std::cerr << "error: arguments: " << e.message << " (tally --help shows the usage)\n";
        return 2;
    } catch (const tally::Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "error: internal: " << e.what() << "\n";
        return 3;
    }
}
