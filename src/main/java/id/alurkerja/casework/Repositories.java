package id.alurkerja.casework;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CaseFileRepository extends ListCrudRepository<CaseFile, Long> {

	Optional<CaseFile> findByIdAndKabupatenId(Long id, Long kabupatenId);

	/** Every action starts here: one action at a time per case. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CaseFile c where c.id = ?1")
	Optional<CaseFile> lockById(Long id);

}

interface TaskRepository extends JpaRepository<Task, Long> {

	List<Task> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

	Optional<Task> findFirstByCaseIdAndStatus(Long caseId, TaskStatus status);

}

interface DelegationRepository extends ListCrudRepository<Delegation, Long> {

	List<Delegation> findByTaskIdOrderByCreatedAtAscIdAsc(Long taskId);

	List<Delegation> findByTaskIdInOrderByCreatedAtAscIdAsc(List<Long> taskIds);

}

interface CaseDocumentRepository extends ListCrudRepository<CaseDocument, Long> {

	List<CaseDocument> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

}

interface DocumentVersionRepository extends ListCrudRepository<DocumentVersion, Long> {

	List<DocumentVersion> findByDocumentIdOrderByNumberAsc(Long documentId);

	List<DocumentVersion> findByDocumentIdInOrderByNumberAsc(List<Long> documentIds);

	boolean existsByTaskId(Long taskId);

}

interface ParafRepository extends ListCrudRepository<Paraf, Long> {

	List<Paraf> findByVersionIdOrderByOrdAsc(Long versionId);

	List<Paraf> findByVersionIdInOrderByOrdAsc(List<Long> versionIds);

}
