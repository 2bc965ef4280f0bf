package org.tocsin.network.members;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff: suppress an address that bounced or complained (from the mail provider's reports). */
@RestController
@RequestMapping("/api/members")
@Tag(name = "Members")
class MemberApi {

    record SuppressionRequest(String email, String reason) {
    }

    private final Members members;

    MemberApi(Members members) {
        this.members = members;
    }

    @PostMapping("/suppressions")
    @Operation(summary = "Suppress an e-mail address: it gets no more mail, even if it signs up again")
    ResponseEntity<Map<String, String>> suppress(@RequestBody SuppressionRequest request) {
        members.suppress(request.email(), request.reason() == null ? "" : request.reason().strip());
        // The address is not echoed back: the response stays free of personal data.
        return ResponseEntity.created(URI.create("/api/members/suppressions")).body(Map.of("reason", request.reason()));
    }
}
