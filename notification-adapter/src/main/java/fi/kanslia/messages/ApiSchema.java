package fi.kanslia.messages;

import java.util.List;

/**
 * The request bodies of the Messages REST API, field for field as its OpenAPI description names them
 * (api.messages.suomi.fi/api-docs: {@code MultichannelMessageRequestBody}, {@code ElectronicPart},
 * {@code PaperMailPart} and the types they use). Values of enumerations are the API's literal strings.
 */
final class ApiSchema {

    static final String BODY_FORMAT_TEXT = "Text";
    static final String SERVICE_TYPE_NORMAL = "Normal";
    static final String SERVICE_TYPE_VERIFIABLE = "Verifiable";
    static final String SENDER_DETAILS = "Organisation and service name";
    static final String DEFAULT_REMINDER = "Default reminder";
    static final String REPLY_NO_ONE = "No one";
    static final String VISIBILITY_RECIPIENT_ONLY = "Recipient only";

    private ApiSchema() {
    }

    record AccessTokenRequest(String username, String password) {
    }

    record AttachmentReference(String attachmentId) {
    }

    record Recipient(String id) {
    }

    record Sender(String serviceId) {
    }

    record UnreadMessageNotification(String reminder) {
    }

    record Notifications(String senderDetailsInNotifications, UnreadMessageNotification unreadMessageNotification) {
    }

    record ElectronicPart(List<AttachmentReference> attachments, String body, String bodyFormat,
                          String messageServiceType, Notifications notifications, String replyAllowedBy,
                          String title, String visibility) {
    }

    record Address(String name, String additionalName, String streetAddress, String zipCode, String city,
                   String countryCode) {

        static Address of(PostalAddress address) {
            return new Address(address.name(), address.additionalName(), address.streetAddress(),
                    address.zipCode(), address.city(), address.countryCode());
        }
    }

    record AddressHolder(Address address) {
    }

    record ContactDetails(String email) {
    }

    record PostiMessaging(ContactDetails contactDetails, String username, String password) {
    }

    record PrintingAndEnvelopingService(PostiMessaging postiMessaging) {
    }

    record PaperMailPart(List<AttachmentReference> attachments, boolean colorPrinting, boolean createAddressPage,
                         String messageServiceType, PrintingAndEnvelopingService printingAndEnvelopingService,
                         AddressHolder recipient, boolean rotateLandscapePages, AddressHolder sender,
                         boolean twoSidedPrinting) {
    }

    /** {@code POST /v2/messages}: electronic when the party has an active mailbox, otherwise paper. */
    record MultichannelMessage(String externalId, ElectronicPart electronic, PaperMailPart paperMail,
                               Recipient recipient, Sender sender) {
    }

    /** {@code POST /v2/messages/electronic}: electronic only. */
    record ElectronicMessage(String externalId, ElectronicPart electronic, Recipient recipient, Sender sender) {
    }
}
