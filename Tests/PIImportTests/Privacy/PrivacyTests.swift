import Testing

/// Groups the privacy-stage suites so that `swift test --filter Privacy` runs them all.
@Suite enum PrivacyTests {}
