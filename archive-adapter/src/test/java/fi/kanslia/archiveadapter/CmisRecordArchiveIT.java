package fi.kanslia.archiveadapter;

import static fi.kanslia.archiveadapter.TestRecords.aDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisContentAlreadyExistsException;
import org.apache.chemistry.opencmis.commons.exceptions.CmisNameConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CmisRecordArchive} against the embedded repository over real HTTP (browser binding).
 */
class CmisRecordArchiveIT {

    private static EmbeddedCmisServer server;
    private static CmisRecordArchive archive;

    @BeforeAll
    static void startRepository() {
        server = EmbeddedCmisServer.start();
        archive = new CmisRecordArchive(server.settings());
    }

    @AfterAll
    static void stopRepository() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fetchReturnsTheFiledBytesAndEveryMetadataField() {
        byte[] pdf = "%PDF-1.7\nsigned decision äö\n%%EOF".getBytes(StandardCharsets.UTF_8);
        RecordToFile record = aDecision().content(pdf).caseNumber("KASV/7/12.01.01/2026").toFile();

        ArchivedRecordRef ref = archive.file(record);
        ArchivedRecord fetched = archive.fetch(ref.objectId()).orElseThrow();

        assertThat(fetched.content()).isEqualTo(pdf);
        assertThat(fetched.metadata()).isEqualTo(record.metadata());
        assertThat(fetched.fileName()).isEqualTo("decision.pdf");
        assertThat(fetched.mimeType()).isEqualTo("application/pdf");
        assertThat(fetched.ref()).isEqualTo(ref);
        assertThat(ref.path()).isEqualTo("/Kanslia/091/12.01.01/KASV_7_12.01.01_2026/"
                + record.metadata().recordId() + "_decision.pdf");
    }

    @Test
    void aNewVersionKeepsTheMetadataAndIsWhatTheCaseSearchFinds() {
        byte[] signed = "%PDF-1.7\nB-T\n%%EOF".getBytes(StandardCharsets.UTF_8);
        byte[] extended = "%PDF-1.7\nB-T\n%%EOF\nLTA revision\n%%EOF".getBytes(StandardCharsets.UTF_8);
        RecordToFile record = aDecision().content(signed).caseNumber("KASV/21/12.01.01/2026").toFile();
        ArchivedRecordRef first = archive.file(record);

        ArchivedRecordRef second = archive.fileNewVersion(first.objectId(), extended, "long-term signature");

        assertThat(second.objectId()).isNotEqualTo(first.objectId());
        ArchivedRecord latest = archive.fetch(second.objectId()).orElseThrow();
        assertThat(latest.content()).isEqualTo(extended);
        assertThat(latest.metadata()).isEqualTo(record.metadata());
        assertThat(archive.fetch(first.objectId()).orElseThrow().content())
                .as("the earlier version stays as it was").isEqualTo(signed);
        assertThat(archive.findByCaseNumber(record.metadata().municipalityCode(), "KASV/21/12.01.01/2026"))
                .extracting(s -> s.ref().objectId()).containsExactly(second.objectId());
        assertThat(archive.fileNewVersion(first.objectId(), extended, "again"))
                .as("the same content again files nothing").isEqualTo(second);
    }

    @Test
    void aNewVersionOfSomethingThatIsNotARecordIsRefused() {
        assertThatThrownBy(() -> archive.fileNewVersion("no-such-object", new byte[] {1}, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDocumentLargerThanTheServersMemoryThresholdRoundTrips() {
        byte[] large = new byte[6 * 1024 * 1024];
        new Random(42).nextBytes(large);

        ArchivedRecordRef ref = archive.file(aDecision().caseNumber("KASV/15/12.01.01/2026").content(large).toFile());

        assertThat(archive.fetch(ref.objectId()).orElseThrow().content()).isEqualTo(large);
    }

    @Test
    void filingTheSameRecordTwiceReturnsTheFirstDocumentAndChangesNothing() {
        TestRecords decision = aDecision().caseNumber("KASV/8/12.01.01/2026");
        ArchivedRecordRef first = archive.file(decision.toFile());

        ArchivedRecordRef second = archive.file(decision.title("A retried filing with other metadata")
                .content("other bytes".getBytes(StandardCharsets.UTF_8)).toFile());

        assertThat(second).isEqualTo(first);
        assertThat(archive.findByCaseNumber("091", "KASV/8/12.01.01/2026")).hasSize(1);
        ArchivedRecord kept = archive.fetch(first.objectId()).orElseThrow();
        assertThat(kept.metadata().title()).isEqualTo("Decision on a school place");
        assertThat(kept.content()).isNotEqualTo("other bytes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findByCaseNumberFindsTheCaseRecordsOfThatMunicipalityOnly() {
        String caseNumber = "KASV/9/12.01.01/2026";
        ArchivedRecordRef helsinki = archive.file(aDecision().caseNumber(caseNumber)
                .documentDate(LocalDate.of(2026, 4, 2)).toFile());
        ArchivedRecordRef espoo = archive.file(aDecision().caseNumber(caseNumber).municipalityCode("049").toFile());
        archive.file(aDecision().caseNumber("KASV/10/12.01.01/2026").toFile());

        List<ArchivedRecordSummary> found = archive.findByCaseNumber("091", caseNumber);

        assertThat(found).extracting(ArchivedRecordSummary::ref).containsExactly(helsinki).doesNotContain(espoo);
        ArchivedRecordSummary summary = found.get(0);
        assertThat(summary.fileName()).isEqualTo("decision.pdf");
        assertThat(summary.metadata()).isEqualTo(archive.fetch(helsinki.objectId()).orElseThrow().metadata());
        assertThat(summary.metadata().documentDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(archive.findByCaseNumber("049", caseNumber)).extracting(ArchivedRecordSummary::ref)
                .containsExactly(espoo);
    }

    @Test
    void concurrentFilingsIntoTheSameNewCaseFolderAllSucceed() throws Exception {
        String caseNumber = "KASV/11/12.01.01/2026";
        int filings = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ArchivedRecordRef>> tasks = new ArrayList<>();
        for (int i = 0; i < filings; i++) {
            RecordToFile record = aDecision().caseNumber(caseNumber).municipalityCode("092").toFile();
            tasks.add(() -> {
                start.await();
                return archive.file(record);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(filings);
        try {
            List<Future<ArchivedRecordRef>> results = new ArrayList<>();
            for (Callable<ArchivedRecordRef> task : tasks) {
                results.add(pool.submit(task));
            }
            start.countDown();
            List<String> objectIds = new ArrayList<>();
            for (Future<ArchivedRecordRef> result : results) {
                objectIds.add(result.get(60, TimeUnit.SECONDS).objectId());
            }
            assertThat(objectIds).doesNotHaveDuplicates().hasSize(filings);
            assertThat(archive.findByCaseNumber("092", caseNumber)).hasSize(filings);
            Folder taskClass = (Folder) rawSession().getObjectByPath("/Kanslia/092/12.01.01");
            List<String> caseFolders = new ArrayList<>();
            taskClass.getChildren().forEach(child -> caseFolders.add(child.getName()));
            assertThat(caseFolders).containsExactly("KASV_11_12.01.01_2026");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFilingsOfTheSameRecordLeaveOneDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String caseNumber = "KASV/12/12.01.01/2026-" + round;
                RecordToFile record = aDecision().caseNumber(caseNumber).toFile();
                List<Future<ArchivedRecordRef>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    results.add(pool.submit(() -> archive.file(record)));
                }
                List<ArchivedRecordRef> refs = new ArrayList<>();
                for (Future<ArchivedRecordRef> result : results) {
                    refs.add(result.get(60, TimeUnit.SECONDS));
                }
                assertThat(refs).containsOnly(refs.get(0));
                assertThat(archive.findByCaseNumber("091", caseNumber)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void confidentialMetadataIsStoredAsSuch() {
        RecordToFile record = aDecision().caseNumber("KASV/13/12.01.01/2026")
                .confidential("JulkL 24 § 1 mom. 30 k.", 25).retentionPeriod("permanent").toFile();

        ArchivedRecord fetched = archive.fetch(archive.file(record).objectId()).orElseThrow();

        assertThat(fetched.metadata().publicityClass()).isEqualTo(PublicityClass.CONFIDENTIAL);
        assertThat(fetched.metadata().publicityLegalBasis()).isEqualTo("JulkL 24 § 1 mom. 30 k.");
        assertThat(fetched.metadata().secrecyPeriodYears()).isEqualTo(25);
        assertThat(fetched.metadata().containsPersonalData()).isTrue();
        assertThat(fetched.metadata().keptPermanently()).isTrue();
        assertThat(archive.findByCaseNumber("091", "KASV/13/12.01.01/2026"))
                .extracting(summary -> summary.metadata().publicityClass())
                .containsExactly(PublicityClass.CONFIDENTIAL);
    }

    @Test
    void fetchOfAnUnknownObjectIdIsEmpty() {
        assertThat(archive.fetch("no-such-object")).isEmpty();
    }

    @Test
    void fetchOfADocumentThatIsNotAKansliaRecordIsEmpty() {
        Session session = rawSession();
        Document plain = session.getRootFolder().createDocument(Map.of(
                PropertyIds.OBJECT_TYPE_ID, "cmis:document", PropertyIds.NAME, "plain-" + UUID.randomUUID()),
                null, VersioningState.NONE);

        assertThat(archive.fetch(plain.getId())).isEmpty();
        assertThat(archive.fetch(session.getRootFolder().getId())).isEmpty();
    }

    /** Pins the repository behaviour that concurrency-safe folder creation relies on. */
    @Test
    void creatingAFolderThatExistsFailsOnItsName() {
        Folder root = rawSession().getRootFolder();
        Map<String, Object> folder = Map.of(PropertyIds.OBJECT_TYPE_ID, "cmis:folder",
                PropertyIds.NAME, "twice-" + UUID.randomUUID());
        root.createFolder(folder);

        assertThatThrownBy(() -> root.createFolder(folder)).isInstanceOfAny(
                CmisContentAlreadyExistsException.class, CmisNameConstraintViolationException.class);
    }

    private static Session rawSession() {
        CmisConnectionSettings settings = server.settings();
        // OpenCMIS adds its defaults to the parameter map: it must be mutable.
        return SessionFactoryImpl.newInstance().createSession(new HashMap<>(Map.of(
                SessionParameter.BINDING_TYPE, BindingType.BROWSER.value(),
                SessionParameter.BROWSER_URL, settings.browserUrl(),
                SessionParameter.REPOSITORY_ID, settings.repositoryId(),
                SessionParameter.USER, settings.user(),
                SessionParameter.PASSWORD, settings.password())));
    }
}
