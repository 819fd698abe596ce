package id.alurkerja.sop;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SopRepository extends ListCrudRepository<Sop, Long> {

	Optional<Sop> findByKabupatenIdAndCode(Long kabupatenId, String code);

	List<Sop> findByKabupatenId(Long kabupatenId);

	List<Sop> findByKabupatenIdOrderByCode(Long kabupatenId);

}

interface SopRevisionRepository extends org.springframework.data.jpa.repository.JpaRepository<SopRevision, Long> {

	Optional<SopRevision> findBySopIdAndStatus(Long sopId, RevisionStatus status);

	Optional<SopRevision> findBySopIdAndNumber(Long sopId, int number);

	List<SopRevision> findBySopIdOrderByNumberDesc(Long sopId);

	List<SopRevision> findBySopIdInAndStatus(List<Long> sopIds, RevisionStatus status);

}
