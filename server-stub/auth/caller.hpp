// Who is calling: set by HttpServer::authorize for every non-public route, read by handlers.
#pragma once
#include <string>

namespace stub {

struct Caller {
  std::string user_id;
  std::string email;
  std::string role;           // BUYER | VENDOR | ADMIN | SUPERUSER (the account's user_type now)
  std::string vendor_status;  // for vendors: PENDING | APPROVED | REJECTED
  std::string session_id;

  bool is_superuser() const { return role == "SUPERUSER"; }
};

}  // namespace stub
